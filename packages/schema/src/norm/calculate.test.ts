import { describe, expect, it } from 'vitest';
import { calculateEntitlement, formatKronor, type NormLine } from './calculate.js';
import { NORM_TABLES, commonCostFor, normTableFor, type NormTable } from './tables.js';

const sum = (lines: readonly NormLine[]) => lines.reduce((total, line) => total + line.amount, 0);

describe('riksnorm tables', () => {
  it('ships 2023 as verified and 2024–2026 as derived, each with its source', () => {
    expect(NORM_TABLES.map((table) => [table.year, table.effectiveFrom, table.status])).toEqual([
      [2023, '2023-01-01', 'verified'],
      [2024, '2024-01-01', 'derived'],
      [2025, '2025-01-01', 'derived'],
      [2026, '2026-01-01', 'derived'],
    ]);
    for (const table of NORM_TABLES) expect(table.source.length).toBeGreaterThan(20);
    expect(normTableFor('2023-06').source).toMatch(/Ängelholm/);
    expect(normTableFor('2025-06').source).toMatch(/Härledd/);
  });

  it('holds the verified 2023 amounts (DOMAIN.md §1.2)', () => {
    const t2023 = normTableFor('2023-01');
    expect(t2023.children).toEqual({
      '0': 2420,
      '1-2': 2700,
      '3': 2410,
      '4-6': 2700,
      '7-10': 3380,
      '11-14': 3890,
      '15-18': 4390,
      '19-20': 4430,
    });
    expect([t2023.single, t2023.couple]).toEqual([3490, 6300]);
    // 2 persons: 1 250 (sub-items 220 + 1 030), not the misprinted 1 150.
    expect(t2023.common).toEqual([1130, 1250, 1580, 1790, 2060, 2330, 2510]);
    // Extra person = 7 p − 6 p = 2 510 − 2 330 = 180; 9 persons = 2 510 + 2 × 180 = 2 870.
    expect(t2023.extraPerson).toBe(180);
    expect(commonCostFor(t2023, 9)).toBe(2870);
  });

  it('2026 reproduces the official totals 5 220 (single) and 8 510 (sambor)', () => {
    const t2026 = normTableFor('2026-12');
    expect(t2026.single + commonCostFor(t2026, 1)).toBe(5220);
    expect(t2026.couple + commonCostFor(t2026, 2)).toBe(8510);
    expect(NORM_TABLES.map((table) => table.extraPerson)).toEqual([180, 200, 210, 220]);
    for (const table of NORM_TABLES) expect(table.extraPerson).toBe(table.common[6] - table.common[5]);
  });

  it('refuses periods without a table instead of guessing', () => {
    expect(() => normTableFor('2022-12')).toThrow(/ingen riksnormtabell för 2022-12.*2023-01-01/);
    expect(() => normTableFor('2027-01')).toThrow(/ingen riksnormtabell för 2027/);
    expect(() => normTableFor('2026-13')).toThrow(/Ogiltig period/);
    expect(() => calculateEntitlement({ adults: 1 }, [], [], '2022-12')).toThrow(/ingen riksnormtabell/);
  });
});

describe('calculateEntitlement', () => {
  it('reproduces the worked example in DOMAIN.md §1.5 (single adult, 2026)', () => {
    // 3 940 + 1 280 = 5 220 norm; 5 400 + 300 + 120 + 250 = 6 070 costs; − 6 000 sjukpenning → 5 290.
    const result = calculateEntitlement(
      { adults: 1 },
      [
        { type: 'rent', label: 'Hyra', amount: 5400 },
        { type: 'electricity', label: 'Hushållsel', amount: 300 },
        { type: 'home_insurance', label: 'Hemförsäkring', amount: 120 },
        { type: 'union_akassa', label: 'Fackavgift och a-kassa', amount: 250 },
      ],
      [{ type: 'sickness_benefit', label: 'Sjukpenning', amount: 6000, personKind: 'adult' }],
      '2026-03',
    );
    expect(result).toMatchObject({
      period: '2026-03',
      table: { year: 2026, status: 'derived' },
      personalCosts: 3940,
      commonCost: 1280,
      householdSize: 1,
      norm: 5220,
      approvedCosts: 6070,
      countedIncomes: 6000,
      total: 5290,
      amount: 5290,
      outcome: 'bifall',
    });
    expect(result.lines).toEqual([
      { code: 'norm.adult', label: 'Riksnorm, ensamstående vuxen', amount: 3940 },
      { code: 'norm.common', label: 'Gemensamma hushållskostnader, 1 person', amount: 1280 },
      { code: 'cost', label: 'Hyra', amount: 5400 },
      { code: 'cost', label: 'Hushållsel', amount: 300 },
      { code: 'cost', label: 'Hemförsäkring', amount: 120 },
      { code: 'cost', label: 'Fackavgift och a-kassa', amount: 250 },
      { code: 'income', label: 'Sjukpenning', amount: -6000 },
    ]);
    expect(sum(result.lines)).toBe(result.total);
  });

  it('pro-rates a child who lives in the home 15 days and still counts him as a household member', () => {
    // 2023-04 (30 days), verified table. Couple 6 300.
    // Child born 2016-05-10 is 6 on 2023-04-01 → 4–6 år, 2 700 (whole month).
    // Child born 2012-01-15 is 11 → 11–14 år, 3 890 × 15 / 30 = 1 945.
    // Household 2 + 2 = 4 persons → common 1 790. Norm 6 300 + 2 700 + 1 945 + 1 790 = 12 735.
    // Costs 8 000 + 500 = 8 500. Incomes 9 000 + 2 500 = 11 500. 12 735 + 8 500 − 11 500 = 9 735.
    const household = {
      adults: 2 as const,
      children: [{ birthDate: '2016-05-10' }, { birthDate: '2012-01-15', daysInHome: 15 }],
    };
    const costs = [
      { type: 'rent', label: 'Hyra', amount: 8000 },
      { type: 'electricity', label: 'Hushållsel', amount: 500 },
    ];
    const incomes = [
      { type: 'parental_benefit', label: 'Föräldrapenning', amount: 9000, personKind: 'adult' as const },
      { type: 'child_allowance', label: 'Barnbidrag', amount: 2500, personKind: 'adult' as const },
    ];
    const april = calculateEntitlement(household, costs, incomes, '2023-04');
    expect(april.table).toMatchObject({ year: 2023, status: 'verified' });
    expect(april.lines.slice(0, 4)).toEqual([
      { code: 'norm.couple', label: 'Riksnorm, två vuxna (gifta/sambor)', amount: 6300 },
      { code: 'norm.child', label: 'Barn 4–6 år', amount: 2700 },
      { code: 'norm.child', label: 'Barn 11–14 år, 15 av 30 dagar', amount: 1945 },
      { code: 'norm.common', label: 'Gemensamma hushållskostnader, 4 personer', amount: 1790 },
    ]);
    expect(april).toMatchObject({ personalCosts: 10945, commonCost: 1790, norm: 12735, total: 9735, amount: 9735 });
    expect(sum(april.lines)).toBe(april.total);

    // 2023-05 has 31 days: 3 890 × 15 / 31 = 1 882.26 → 1 882; norm 12 672; 12 672 + 8 500 − 11 500 = 9 672.
    const may = calculateEntitlement(household, costs, incomes, '2023-05');
    expect(may.lines[2]).toEqual({ code: 'norm.child', label: 'Barn 11–14 år, 15 av 31 dagar', amount: 1882 });
    expect(may.total).toBe(9672);
  });

  it('decides the age group by the age on the first day of the period', () => {
    // Turns 11 on 2023-04-01 → 11–14 år that month; born 2012-04-02 is still 10 → 7–10 år.
    const on = (birthDate: string) =>
      calculateEntitlement({ adults: 1, children: [{ birthDate }] }, [], [], '2023-04').lines[1];
    expect(on('2012-04-01')).toMatchObject({ label: 'Barn 11–14 år', amount: 3890 });
    expect(on('2012-04-02')).toMatchObject({ label: 'Barn 7–10 år', amount: 3380 });
    expect(on('2023-04-20')).toMatchObject({ label: 'Barn 0 år', amount: 2420 });
    expect(() => on('2023-05-01')).toThrow(/efter perioden/);
  });

  it('disregards 25 % of net salary under jobbstimulans', () => {
    // 2024 (derived): 3 790 + 1 230 = 5 020; rent 4 000; salary 8 000 counts 6 000 → 3 020 (1 020 without the flag).
    const salary = { type: 'salary', label: 'Lön efter skatt', amount: 8000, personKind: 'adult' as const };
    const rent = [{ type: 'rent', label: 'Hyra', amount: 4000 }];
    const withStimulus = calculateEntitlement({ adults: 1 }, rent, [{ ...salary, jobStimulus: true }], '2024-02');
    expect(withStimulus).toMatchObject({ norm: 5020, countedIncomes: 6000, total: 3020, outcome: 'bifall' });
    expect(withStimulus.lines.at(-1)).toEqual({
      code: 'income',
      label: 'Lön efter skatt (25 % jobbstimulans avräknas: 2 000 kr av 8 000 kr räknas inte)',
      amount: -6000,
    });
    expect(calculateEntitlement({ adults: 1 }, rent, [salary], '2024-02').total).toBe(1020);
    // 8 001 × 25 % = 2 000.25 → 2 000 disregarded, 6 001 counted.
    expect(
      calculateEntitlement({ adults: 1 }, rent, [{ ...salary, amount: 8001, jobStimulus: true }], '2024-02')
        .countedIncomes,
    ).toBe(6001);
    expect(() =>
      calculateEntitlement(
        { adults: 1 },
        [],
        [{ type: 'sickness_benefit', label: 'Sjukpenning', amount: 100, personKind: 'adult', jobStimulus: true }],
        '2024-02',
      ),
    ).toThrow(/jobbstimulans gäller bara/);
  });

  it('uses the youth rate for 19–20 only when eligible, otherwise the adult rate', () => {
    // 2025 (derived), one parent + a 20-year-old (born 2005-08-01): common 2 p = 1 400.
    // Eligible: 3 900 + 4 940 + 1 400 = 10 240. Not eligible: 3 900 + 3 900 + 1 400 = 9 200.
    const youth = (youthRateEligible: boolean) =>
      calculateEntitlement(
        { adults: 1, children: [{ birthDate: '2005-08-01', youthRateEligible }] },
        [],
        [],
        '2025-09',
      );
    expect(youth(true).norm).toBe(10240);
    expect(youth(true).lines[1]).toEqual({
      code: 'norm.child',
      label: 'Ungdom 19–20 år, bor hemma och går i gymnasiet',
      amount: 4940,
    });
    expect(youth(false).norm).toBe(9200);
    expect(youth(false).lines[1]?.label).toMatch(/^Ungdom 19–20 år, vuxennorm/);
    expect(() =>
      calculateEntitlement({ adults: 1, children: [{ birthDate: '2004-09-01' }] }, [], [], '2025-09'),
    ).toThrow(/under 21 år/);
  });

  it('refuses (avslag) when incomes cover the norm and costs', () => {
    // 2026: 5 220 + 4 000 − 10 000 = −780 → avslag, nothing paid; exactly 0 is also avslag.
    const rent = [{ type: 'rent', label: 'Hyra', amount: 4000 }];
    const salary = (amount: number) => [
      { type: 'salary', label: 'Lön efter skatt', amount, personKind: 'adult' as const },
    ];
    expect(calculateEntitlement({ adults: 1 }, rent, salary(10000), '2026-01')).toMatchObject({
      total: -780,
      amount: 0,
      outcome: 'avslag',
    });
    expect(calculateEntitlement({ adults: 1 }, rent, salary(9220), '2026-01')).toMatchObject({
      total: 0,
      amount: 0,
      outcome: 'avslag',
    });
  });

  it("disregards children's earnings only up to the allowance the caller supplies", () => {
    // 2026: parent 3 940 + child 15 (born 2010-06-01) 4 930 + common 2 p 1 410 = 10 280.
    const household = { adults: 1 as const, children: [{ birthDate: '2010-06-01' }] };
    const earnings = [{ type: 'salary', label: 'Lön, sommarjobb', amount: 3000, personKind: 'child' as const }];
    const withAllowance = calculateEntitlement(household, [], earnings, '2026-07', {
      childEarningsDisregardRemaining: 2000,
    });
    expect(withAllowance).toMatchObject({
      norm: 10280,
      countedIncomes: 1000,
      childEarningsDisregarded: 2000,
      total: 9280,
    });
    expect(withAllowance.lines.at(-1)?.label).toMatch(/2 000 kr av 3 000 kr räknas inte/);
    const without = calculateEntitlement(household, [], earnings, '2026-07');
    expect(without).toMatchObject({ countedIncomes: 3000, childEarningsDisregarded: 0, total: 7280 });
  });

  it('uses the approved amount of a cost and says what was applied for', () => {
    const result = calculateEntitlement(
      { adults: 1 },
      [{ type: 'rent', label: 'Hyra', amount: 7000, approved: 6330 }],
      [],
      '2023-06',
    );
    expect(result.approvedCosts).toBe(6330);
    expect(result.lines.at(-1)).toEqual({
      code: 'cost',
      label: 'Hyra (ansökt 7 000 kr, godkänt 6 330 kr)',
      amount: 6330,
    });
    expect(() =>
      calculateEntitlement({ adults: 1 }, [{ type: 'rent', label: 'Hyra', amount: 100.5 }], [], '2023-06'),
    ).toThrow(/hela kronor/);
  });

  it('uses the "without lunch" rate only where the table has one', () => {
    const child = { birthDate: '2018-03-01', lunchAtSchool: true }; // 4 on 2023-01-01 → 4–6 år
    const shipped = calculateEntitlement({ adults: 1, children: [child] }, [], [], '2023-01');
    expect(shipped.lines[1]).toEqual({
      code: 'norm.child',
      label: 'Barn 4–6 år, äter lunch i förskola/skola (lägre belopp saknas i 2023 års tabell, fullt belopp)',
      amount: 2700,
    });
    const t2023 = normTableFor('2023-01');
    const confirmed: NormTable = { ...t2023, childrenWithoutLunch: { '4-6': 2350 } };
    const custom = calculateEntitlement({ adults: 1, children: [child] }, [], [], '2023-01', { tables: [confirmed] });
    expect(custom.lines[1]).toEqual({
      code: 'norm.child',
      label: 'Barn 4–6 år, äter lunch i förskola/skola',
      amount: 2350,
    });
  });

  it('lets the caseworker override the household size for the common cost', () => {
    const result = calculateEntitlement({ adults: 1 }, [], [], '2023-02', { householdSizeOverride: 3 });
    expect(result.lines[1]).toEqual({
      code: 'norm.common',
      label: 'Gemensamma hushållskostnader, 3 personer (anpassad hushållsstorlek, beräknat 1)',
      amount: 1580,
    });
  });

  it('formats kronor the Swedish way', () => {
    expect(formatKronor(12735)).toBe('12 735 kr');
    expect(formatKronor(-780)).toBe('−780 kr');
  });
});
