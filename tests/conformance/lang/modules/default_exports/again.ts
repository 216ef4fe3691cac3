// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Re-exports of other modules' defaults.
export { default } from './greet';
export { default as Counter } from './counter';
