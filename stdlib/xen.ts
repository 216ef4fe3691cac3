// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// The xen module (`import { domid, store } from 'tsxen:xen'`): the Xen
// platform as a tsxen program sees it (spec/modules.md). Written in the
// subset; its bodies call the platform intrinsics of lib/intrinsics.d.ts.
/// <reference path="./lib/intrinsics.d.ts" />

/** This domain's id: 0 for dom0, a domU's own (from xenstore), -1 when not on Xen. */
export const domid: number = __tsx_xen_domid();

/** A xenstore or event-channel operation that Xen refused; errno is positive (2 ENOENT, 13 EACCES, ...). */
export class XenError extends Error {
  constructor(operation: string, readonly errno: number) {
    super(`${operation} failed (errno ${errno})`);
    this.name = 'XenError';
  }
}

function check(operation: string, status: number): number {
  if (status < 0) throw new XenError(operation, -status);
  return status;
}

/**
 * Xenstore. A path that does not start with '/' is relative to the domain's
 * home, /local/domain/<domid>.
 */
export class Store {
  /** The value at path, or undefined when there is none (or it may not be read). */
  read(path: string): string | undefined {
    return __tsx_xenstore_read(path);
  }

  write(path: string, value: string): void {
    check(`xenstore write '${path}'`, __tsx_xenstore_write(path, value));
  }

  remove(path: string): void {
    check(`xenstore remove '${path}'`, __tsx_xenstore_remove(path));
  }

  /** The names of path's children; throws when path cannot be listed. */
  directory(path: string): string[] {
    const listed = __tsx_xenstore_directory(path);
    if (listed === undefined) throw new XenError(`xenstore directory '${path}'`, 2);
    if (listed === '') return [];
    return listed.slice(0, listed.length - 1).split('\u0000');
  }
}

export const store = new Store();

/** An event channel port of this domain. */
export class EventChannel {
  private constructor(readonly port: number) {}

  /** A new port that domain `remote` may bind to. */
  static allocUnbound(remote: number): EventChannel {
    return new EventChannel(check('event channel alloc', __tsx_evtchn_alloc_unbound(remote)));
  }

  /** Notifies the other end. */
  notify(): void {
    check('event channel send', __tsx_evtchn_send(this.port));
  }

  close(): void {
    check('event channel close', __tsx_evtchn_close(this.port));
  }
}
