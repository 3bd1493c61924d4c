export function key(value: unknown): string;
export function unitsAgree(a: string, b: string): boolean;
export function valuesAgree(pred: number, gold: number): boolean;
export function numberKey(value: unknown): string;
