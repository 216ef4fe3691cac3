// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Platform intrinsics: only the stdlib modules (stdlib/*.ts) may name them
// (TSX1109). Each call lowers to one platform function of the Xen kernel
// (compiler/src/lower/intrinsics.ts, xen/xen_module.zig).

/** This domain's id (0 for dom0), or -1 when not running on Xen. */
declare function __tsx_xen_domid(): number;
/** A xenstore value, or undefined when the path is missing or unreadable. */
declare function __tsx_xenstore_read(path: string): string | undefined;
/** 0, or a negative errno. */
declare function __tsx_xenstore_write(path: string, value: string): number;
/** 0, or a negative errno. */
declare function __tsx_xenstore_remove(path: string): number;
/** The children's names, each followed by a NUL, or undefined on error. */
declare function __tsx_xenstore_directory(path: string): string | undefined;
/** A port another domain may bind to, or a negative errno. */
declare function __tsx_evtchn_alloc_unbound(remoteDomid: number): number;
/** 0, or a negative errno. */
declare function __tsx_evtchn_send(port: number): number;
/** 0, or a negative errno. */
declare function __tsx_evtchn_close(port: number): number;
