/**
 * The developer's "phone": lists pending orders, scans the QR code on screen (or opens the autostart
 * link this page was given, as app.bankid.com would), and approves as a chosen person or fails the order.
 * Everything shown is set with textContent, since the visible text comes from the relying party.
 */
export const simulatorPage = `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>BankID-simulator</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  .warning { background: #fff4ce; border: 1px solid #c9a400; padding: .5rem 1rem; }
  fieldset { margin: 1rem 0; }
  label { display: block; margin: .25rem 0; }
  input { font: inherit; padding: .25rem; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ccc; padding: .4rem; text-align: left; vertical-align: top; }
  button { font: inherit; margin: .1rem; }
  #message { min-height: 1.5rem; font-weight: bold; }
</style>
</head>
<body>
<h1>BankID-simulator</h1>
<p class="warning">Endast för utveckling och test. Inget här är en riktig legitimering.</p>
<fieldset>
  <legend>Vem är du i BankID-appen?</legend>
  <label>Personnummer (12 siffror) <input id="personalNumber" value="191212121212" inputmode="numeric" size="14"></label>
  <label>Förnamn <input id="givenName" value="Tolvan"></label>
  <label>Efternamn <input id="surname" value="Tolvansson"></label>
</fieldset>
<fieldset>
  <legend>Skanna QR-kod eller öppna med autostartkod</legend>
  <label>Innehållet i QR-koden (bankid.…) eller autostartkoden <input id="scanned" size="60"></label>
  <button id="open" type="button">Öppna i appen</button>
</fieldset>
<p id="message" role="status"></p>
<h2>Väntande order</h2>
<table>
  <thead><tr><th>Order</th><th>Status</th><th>Text till användaren</th><th>Kräver personnummer</th><th>Går ut om</th><th>Åtgärder</th></tr></thead>
  <tbody id="orders"></tbody>
</table>
<script>
  const base = location.pathname.replace(/\\/?$/, '/');
  const params = new URLSearchParams(location.search);
  const message = document.getElementById('message');
  let shown = '';

  async function call(path, body) {
    const response = await fetch(base + path, {
      method: body ? 'POST' : 'GET',
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = await response.json();
    if (!response.ok) throw new Error(json.errorCode + ': ' + json.details);
    return json;
  }

  async function act(label, action) {
    try {
      await action();
      message.textContent = label;
    } catch (error) {
      message.textContent = error.message;
    }
    shown = '';
    await refresh();
  }

  function person() {
    return {
      personalNumber: document.getElementById('personalNumber').value.replace(/\\D/g, ''),
      givenName: document.getElementById('givenName').value,
      surname: document.getElementById('surname').value,
    };
  }

  function button(text, onClick) {
    const element = document.createElement('button');
    element.type = 'button';
    element.textContent = text;
    element.addEventListener('click', onClick);
    return element;
  }

  function cell(row, content) {
    const td = row.insertCell();
    if (typeof content === 'string') td.textContent = content;
    else content.forEach((child) => td.append(child));
  }

  function approved() {
    const redirect = params.get('redirect');
    if (redirect && redirect !== 'null') location.assign(redirect);
  }

  async function refresh() {
    const { items } = await call('app/orders');
    const key = JSON.stringify(items.map((order) => [order.orderRef, order.hintCode]));
    const tbody = document.getElementById('orders');
    if (key === shown) {
      items.forEach((order, index) => (tbody.rows[index].cells[4].textContent = order.expiresInSeconds + ' s'));
      return;
    }
    shown = key;
    tbody.replaceChildren();
    for (const order of items) {
      const row = tbody.insertRow();
      const ref = order.orderRef;
      const opened = order.hintCode !== 'outstandingTransaction';
      cell(row, order.kind + ' ' + ref.slice(0, 8));
      cell(row, order.hintCode);
      cell(row, order.visibleText ?? '');
      cell(row, order.requiredPersonalNumber ?? 'nej');
      cell(row, order.expiresInSeconds + ' s');
      cell(row, [
        opened
          ? button('Godkänn', () => act('Godkänd', async () => { await call('app/orders/' + ref + '/approve', person()); approved(); }))
          : button('Skanna QR-koden nu', () => act('Skannad', () => call('app/orders/' + ref + '/scan', {}))),
        button('Avbryt i appen', () => act('Avbruten', () => call('app/orders/' + ref + '/reject', { hintCode: 'userCancel' }))),
        button('startFailed', () => act('startFailed', () => call('app/orders/' + ref + '/reject', { hintCode: 'startFailed' }))),
        button('certificateErr', () => act('certificateErr', () => call('app/orders/' + ref + '/reject', { hintCode: 'certificateErr' }))),
      ]);
    }
  }

  document.getElementById('open').addEventListener('click', () => {
    const value = document.getElementById('scanned').value.trim();
    act('Öppnad', () => call('app/open', value.startsWith('bankid.') ? { qrData: value } : { autoStartToken: value }));
  });
  if (params.get('autostarttoken')) {
    act('Öppnad med autostartkod', () => call('app/open', { autoStartToken: params.get('autostarttoken') }));
  }
  refresh().catch((error) => (message.textContent = error.message));
  setInterval(() => refresh().catch((error) => (message.textContent = error.message)), 1000);
</script>
</body>
</html>
`;
