import { useState } from 'react';
import { parseNumberInput } from '../../lib/number-input.js';
import { TextField, type TextFieldProps } from '../text-field.js';

interface NumberFieldProps extends Omit<TextFieldProps, 'value' | 'onChange'> {
  value: unknown;
  onChange: (value: unknown) => void;
}

function initialText(value: unknown): string {
  return typeof value === 'number' || typeof value === 'string' ? String(value) : '';
}

/**
 * A text input for whole numbers (kronor, days): the numeric keypad on phones without the spinner and
 * the silent rounding of `type="number"`. Keeps the typed text ("5 400") on screen while the form holds
 * the number.
 */
export function NumberField({ value, onChange, ...props }: NumberFieldProps) {
  const [text, setText] = useState(() => initialText(value));
  return (
    <TextField
      {...props}
      inputMode="numeric"
      autoComplete="off"
      className="input--short"
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        onChange(parseNumberInput(event.target.value));
      }}
    />
  );
}
