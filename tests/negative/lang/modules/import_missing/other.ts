// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// A sibling, so that the directory is a program of several files.
export const unused = 1;
