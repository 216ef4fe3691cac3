// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// HVM parameters (HVMOP_get_param / HVMOP_set_param): how a PVH guest finds
// its xenstore and console rings and installs its event upcall.

const hypercall = @import("hypercall.zig");

pub const CALLBACK_IRQ = 0;
pub const STORE_PFN = 1;
pub const STORE_EVTCHN = 2;
pub const CONSOLE_PFN = 17;
pub const CONSOLE_EVTCHN = 18;

const HVMOP_set_param = 0;
const HVMOP_get_param = 1;
pub const DOMID_SELF: u16 = 0x7ff0;

const Param = extern struct { domid: u16, pad: u16 = 0, index: u32, value: u64 = 0 };

pub fn get(index: u32) ?u64 {
    var p = Param{ .domid = DOMID_SELF, .index = index };
    if (hypercall.call(hypercall.hvm_op, HVMOP_get_param, @intFromPtr(&p), 0) != 0) return null;
    return p.value;
}

pub fn set(index: u32, value: u64) bool {
    var p = Param{ .domid = DOMID_SELF, .index = index, .value = value };
    return hypercall.call(hypercall.hvm_op, HVMOP_set_param, @intFromPtr(&p), 0) == 0;
}
