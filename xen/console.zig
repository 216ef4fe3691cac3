// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// Picks where output goes: COM1 when not on Xen, HYPERVISOR_console_io when
// we are Xen's initial domain (dom0), the PV console ring when a domU.

const hypercall = @import("hypercall.zig");
const serial = @import("serial.zig");
const xencons = @import("xencons.zig");

pub const Kind = enum { serial, xen_console_io, xen_ring };
pub var kind: Kind = .serial;

const CONSOLEIO_write = 0;

pub fn initSerial() void {
    kind = .serial; // serial.zig programs the UART on first use
}

pub fn initXen(initial_domain: bool) void {
    kind = .xen_console_io;
    if (!initial_domain and xencons.init()) kind = .xen_ring;
}

pub fn write(bytes: []const u8) void {
    switch (kind) {
        .serial => serial.write(bytes),
        // Xen's own serial driver turns "\n" into "\r\n".
        .xen_console_io => _ = hypercall.call(hypercall.console_io, CONSOLEIO_write, bytes.len, @intFromPtr(bytes.ptr)),
        .xen_ring => xencons.write(bytes),
    }
}

pub fn flush() void {
    if (kind == .xen_ring) xencons.flush();
}
