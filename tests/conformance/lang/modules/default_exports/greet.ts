// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A default-exported function beside a named export.
export const punctuation = '!';

export default function greet(name: string): string {
  return `hello ${name}${punctuation}`;
}
