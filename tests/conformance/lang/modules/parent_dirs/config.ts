// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Configuration shared by every directory.
console.log('config loaded');
export const config = { name: 'parent-dirs', factor: 3 };
