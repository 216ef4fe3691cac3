// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Formatting helpers.
import type { Row } from './ledger';

export function formatMoney(n: number): string {
  return `$${n.toFixed(2)}`;
}

export function table(rows: Row[]): string {
  const width = Math.max(...rows.map((r) => r.owner.length));
  return rows.map((r) => `${r.owner.padEnd(width)} | ${formatMoney(r.balance).padStart(10)}`).join('\n');
}
