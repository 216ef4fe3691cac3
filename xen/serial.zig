// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// 16550 UART on COM1 (I/O port 0x3f8): the console when not on Xen.

const cpu = @import("cpu.zig");

const base: u16 = 0x3f8;
const THR = 0; // transmit holding register (DLL when DLAB is set)
const IER = 1; // interrupt enable (DLM when DLAB is set)
const FCR = 2;
const LCR = 3;
const LSR = 5;
const LSR_THRE: u8 = 1 << 5;

var ready = false;

/// Programs the UART: on the first write, not at boot (a program that prints
/// nothing never pays the six port writes, each a VM exit under KVM).
fn init() void {
    ready = true;
    cpu.outb(base + IER, 0x00); // no interrupts
    cpu.outb(base + LCR, 0x80); // DLAB: set divisor
    cpu.outb(base + THR, 0x01); // 115200 baud
    cpu.outb(base + IER, 0x00);
    cpu.outb(base + LCR, 0x03); // 8n1
    cpu.outb(base + FCR, 0x07); // FIFO on, cleared
}

fn putc(c: u8) void {
    var spins: u32 = 0;
    // Bounded wait: a missing UART reads 0xff and must not hang us.
    while (cpu.inb(base + LSR) & LSR_THRE == 0 and spins < 100_000) : (spins += 1) cpu.pause();
    cpu.outb(base + THR, c);
}

/// Write bytes, turning "\n" into "\r\n".
pub fn write(bytes: []const u8) void {
    if (!ready) init();
    for (bytes) |c| {
        if (c == '\n') putc('\r');
        putc(c);
    }
}
