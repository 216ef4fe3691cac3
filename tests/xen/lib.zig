// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// What the platform test kernels share: the C ABI of xen/ (rt/ABI.md) and a
// little printing. Each test is the whole program: it stands in for the
// runtime (tsx_rt_main, tsx_stack_limit).

pub extern fn tsx_platform_write(fd: u32, ptr: [*]const u8, len: usize) callconv(.C) void;
pub extern fn tsx_platform_exit(status: u32) callconv(.C) noreturn;
pub extern fn tsx_platform_now_ns() callconv(.C) u64;
pub extern fn tsx_platform_wall_ms() callconv(.C) f64;
pub extern fn tsx_platform_wait(deadline_ns: u64) callconv(.C) u32;
pub extern fn tsx_platform_cmdline(len_out: *usize) callconv(.C) [*]const u8;
pub extern fn tsx_evtchn_alloc_unbound(remote_dom: u32) callconv(.C) i32;
pub extern fn tsx_evtchn_bind_interdomain(remote_dom: u32, remote_port: u32) callconv(.C) i32;
pub extern fn tsx_evtchn_unmask(port: u32) callconv(.C) i32;
pub extern fn tsx_evtchn_send(port: u32) callconv(.C) i32;
pub extern fn tsx_evtchn_close(port: u32) callconv(.C) i32;
pub extern fn tsx_evtchn_poll(ports: [*]u32, max: u32) callconv(.C) u32;
pub extern fn tsx_gnttab_grant(domid: u32, frame: u64, readonly: u32) callconv(.C) i32;
pub extern fn tsx_gnttab_end(ref: u32) callconv(.C) i32;
pub extern fn tsx_xs_read(tx: u32, path: [*]const u8, path_len: usize, buf: [*]u8, buf_len: usize) callconv(.C) isize;
pub extern fn tsx_xs_write(tx: u32, path: [*]const u8, path_len: usize, value: [*]const u8, value_len: usize) callconv(.C) i32;
pub extern fn tsx_xs_rm(tx: u32, path: [*]const u8, path_len: usize) callconv(.C) i32;
pub extern fn tsx_xs_directory(tx: u32, path: [*]const u8, path_len: usize, buf: [*]u8, buf_len: usize) callconv(.C) isize;
pub extern fn tsx_xs_watch(path: [*]const u8, path_len: usize, token: [*]const u8, token_len: usize) callconv(.C) i32;
pub extern fn tsx_xs_unwatch(path: [*]const u8, path_len: usize, token: [*]const u8, token_len: usize) callconv(.C) i32;
pub extern fn tsx_xs_read_watch(buf: [*]u8, buf_len: usize) callconv(.C) isize;
pub extern fn tsx_xs_transaction_start() callconv(.C) i32;
pub extern fn tsx_xs_transaction_end(tx: u32, commit: u32) callconv(.C) i32;
pub extern fn tsx_xen_domid() callconv(.C) i32;

pub fn print(s: []const u8) void {
    tsx_platform_write(1, s.ptr, s.len);
}

pub fn printInt(v: i64) void {
    var buf: [24]u8 = undefined;
    var i: usize = buf.len;
    var x: u64 = @abs(v);
    while (true) {
        i -= 1;
        buf[i] = '0' + @as(u8, @intCast(x % 10));
        x /= 10;
        if (x == 0) break;
    }
    if (v < 0) {
        i -= 1;
        buf[i] = '-';
    }
    print(buf[i..]);
}

/// "label value\n"
pub fn show(label: []const u8, v: i64) void {
    print(label);
    print(" ");
    printInt(v);
    print("\n");
}

pub fn check(ok: bool, what: []const u8) void {
    if (ok) return;
    print("FAILED: ");
    print(what);
    print("\n");
    tsx_platform_exit(1);
}

pub fn cmdline() []const u8 {
    var n: usize = 0;
    const p = tsx_platform_cmdline(&n);
    return p[0..n];
}

pub fn xsRead(path: []const u8, buf: []u8) ?[]u8 {
    const n = tsx_xs_read(0, path.ptr, path.len, buf.ptr, buf.len);
    if (n < 0 or n > buf.len) return null;
    return buf[0..@intCast(n)];
}
