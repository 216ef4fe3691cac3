// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
//
// richards: Martin Richards' OS task-scheduler simulation (after the Octane
// version) — classes, an interface with virtual dispatch, nullable links,
// bit flags, and a closure the scheduler calls on every task switch.

const ID_IDLE: number = 0;
const ID_WORKER: number = 1;
const ID_HANDLER_A: number = 2;
const ID_HANDLER_B: number = 3;
const ID_DEVICE_A: number = 4;
const ID_DEVICE_B: number = 5;
const NUMBER_OF_IDS: number = 6;
const KIND_DEVICE: number = 0;
const KIND_WORK: number = 1;
const DATA_SIZE: number = 4;

const STATE_RUNNING: number = 0;
const STATE_RUNNABLE: number = 1;
const STATE_SUSPENDED: number = 2;
const STATE_HELD: number = 4;
const STATE_SUSPENDED_RUNNABLE: number = STATE_SUSPENDED | STATE_RUNNABLE;
const STATE_NOT_HELD: number = ~STATE_HELD;

class Packet {
  a1: number = 0;
  a2: number[] = [];
  constructor(public link: Packet | null, public id: number, public kind: number) {
    for (let i = 0; i < DATA_SIZE; i++) this.a2.push(0);
  }
  addTo(queue: Packet | null): Packet {
    this.link = null;
    if (queue === null) return this;
    let peek: Packet = queue;
    let next: Packet | null = peek.link;
    while (next !== null) {
      peek = next;
      next = peek.link;
    }
    peek.link = this;
    return queue;
  }
}

interface Task {
  run(packet: Packet | null): TaskControlBlock | null;
}

class TaskControlBlock {
  state: number;
  constructor(public link: TaskControlBlock | null, public id: number, public priority: number,
              public queue: Packet | null, public task: Task) {
    this.state = queue === null ? STATE_SUSPENDED : STATE_SUSPENDED_RUNNABLE;
  }
  setRunning(): void { this.state = STATE_RUNNING; }
  markAsNotHeld(): void { this.state = this.state & STATE_NOT_HELD; }
  markAsHeld(): void { this.state = this.state | STATE_HELD; }
  isHeldOrSuspended(): boolean {
    return (this.state & STATE_HELD) !== 0 || this.state === STATE_SUSPENDED;
  }
  markAsSuspended(): void { this.state = this.state | STATE_SUSPENDED; }
  markAsRunnable(): void { this.state = this.state | STATE_RUNNABLE; }
  run(): TaskControlBlock | null {
    let packet: Packet | null = null;
    if (this.state === STATE_SUSPENDED_RUNNABLE) {
      packet = this.queue;
      if (packet !== null) this.queue = packet.link;
      this.state = this.queue === null ? STATE_RUNNING : STATE_RUNNABLE;
    }
    return this.task.run(packet);
  }
  checkPriorityAdd(task: TaskControlBlock, packet: Packet): TaskControlBlock {
    if (this.queue === null) {
      this.queue = packet;
      this.markAsRunnable();
      if (this.priority > task.priority) return this;
    } else {
      this.queue = packet.addTo(this.queue);
    }
    return task;
  }
}

class Scheduler {
  queueCount: number = 0;
  holdCount: number = 0;
  blocks: (TaskControlBlock | null)[] = [];
  list: TaskControlBlock | null = null;
  currentTcb: TaskControlBlock | null = null;
  currentId: number = 0;
  constructor(public onSwitch: (id: number) => void) {
    for (let i = 0; i < NUMBER_OF_IDS; i++) this.blocks.push(null);
  }
  addTask(id: number, priority: number, queue: Packet | null, task: Task): TaskControlBlock {
    const tcb: TaskControlBlock = new TaskControlBlock(this.list, id, priority, queue, task);
    this.currentTcb = tcb;
    this.list = tcb;
    this.blocks[id] = tcb;
    return tcb;
  }
  addRunningTask(id: number, priority: number, queue: Packet | null, task: Task): void {
    this.addTask(id, priority, queue, task).setRunning();
  }
  current(): TaskControlBlock {
    const t: TaskControlBlock | null = this.currentTcb;
    if (t === null) throw new Error('no current task');
    return t;
  }
  schedule(): void {
    this.currentTcb = this.list;
    let tcb: TaskControlBlock | null = this.currentTcb;
    while (tcb !== null) {
      if (tcb.isHeldOrSuspended()) {
        tcb = tcb.link;
      } else {
        this.currentId = tcb.id;
        this.onSwitch(tcb.id);
        tcb = tcb.run();
      }
      this.currentTcb = tcb;
    }
  }
  release(id: number): TaskControlBlock | null {
    const tcb: TaskControlBlock | null = this.blocks[id];
    if (tcb === null) return tcb;
    tcb.markAsNotHeld();
    const cur: TaskControlBlock = this.current();
    return tcb.priority > cur.priority ? tcb : cur;
  }
  holdCurrent(): TaskControlBlock | null {
    this.holdCount++;
    const cur: TaskControlBlock = this.current();
    cur.markAsHeld();
    return cur.link;
  }
  suspendCurrent(): TaskControlBlock {
    const cur: TaskControlBlock = this.current();
    cur.markAsSuspended();
    return cur;
  }
  queue(packet: Packet): TaskControlBlock | null {
    const t: TaskControlBlock | null = this.blocks[packet.id];
    if (t === null) return t;
    this.queueCount++;
    packet.link = null;
    packet.id = this.currentId;
    return t.checkPriorityAdd(this.current(), packet);
  }
}

class IdleTask implements Task {
  constructor(public scheduler: Scheduler, public v1: number, public count: number) {}
  run(packet: Packet | null): TaskControlBlock | null {
    this.count--;
    if (this.count === 0) return this.scheduler.holdCurrent();
    if ((this.v1 & 1) === 0) {
      this.v1 = this.v1 >> 1;
      return this.scheduler.release(ID_DEVICE_A);
    }
    this.v1 = (this.v1 >> 1) ^ 0xd008;
    return this.scheduler.release(ID_DEVICE_B);
  }
}

class DeviceTask implements Task {
  v1: Packet | null = null;
  constructor(public scheduler: Scheduler) {}
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet === null) {
      const v: Packet | null = this.v1;
      if (v === null) return this.scheduler.suspendCurrent();
      this.v1 = null;
      return this.scheduler.queue(v);
    }
    this.v1 = packet;
    return this.scheduler.holdCurrent();
  }
}

class WorkerTask implements Task {
  constructor(public scheduler: Scheduler, public v1: number, public v2: number) {}
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet === null) return this.scheduler.suspendCurrent();
    this.v1 = this.v1 === ID_HANDLER_A ? ID_HANDLER_B : ID_HANDLER_A;
    packet.id = this.v1;
    packet.a1 = 0;
    for (let i = 0; i < DATA_SIZE; i++) {
      this.v2++;
      if (this.v2 > 26) this.v2 = 1;
      packet.a2[i] = this.v2;
    }
    return this.scheduler.queue(packet);
  }
}

class HandlerTask implements Task {
  v1: Packet | null = null;
  v2: Packet | null = null;
  constructor(public scheduler: Scheduler) {}
  run(packet: Packet | null): TaskControlBlock | null {
    if (packet !== null) {
      if (packet.kind === KIND_WORK) this.v1 = packet.addTo(this.v1);
      else this.v2 = packet.addTo(this.v2);
    }
    const work: Packet | null = this.v1;
    if (work !== null) {
      const count: number = work.a1;
      if (count < DATA_SIZE) {
        const dev: Packet | null = this.v2;
        if (dev !== null) {
          this.v2 = dev.link;
          dev.a1 = work.a2[count];
          work.a1 = count + 1;
          return this.scheduler.queue(dev);
        }
      } else {
        this.v1 = work.link;
        return this.scheduler.queue(work);
      }
    }
    return this.scheduler.suspendCurrent();
  }
}

function runRichards(count: number): number[] {
  let switches: number = 0;
  let trace: number = 0;
  const scheduler: Scheduler = new Scheduler((id: number): void => {
    switches++;
    trace = (trace * 7 + id) % 1000003;
  });
  scheduler.addRunningTask(ID_IDLE, 0, null, new IdleTask(scheduler, 1, count));

  let queue: Packet = new Packet(null, ID_WORKER, KIND_WORK);
  queue = new Packet(queue, ID_WORKER, KIND_WORK);
  scheduler.addTask(ID_WORKER, 1000, queue, new WorkerTask(scheduler, ID_HANDLER_A, 0));

  queue = new Packet(null, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_A, KIND_DEVICE);
  scheduler.addTask(ID_HANDLER_A, 2000, queue, new HandlerTask(scheduler));

  queue = new Packet(null, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  queue = new Packet(queue, ID_DEVICE_B, KIND_DEVICE);
  scheduler.addTask(ID_HANDLER_B, 3000, queue, new HandlerTask(scheduler));

  scheduler.addTask(ID_DEVICE_A, 4000, null, new DeviceTask(scheduler));
  scheduler.addTask(ID_DEVICE_B, 5000, null, new DeviceTask(scheduler));
  scheduler.schedule();
  return [scheduler.queueCount, scheduler.holdCount, switches, trace];
}

const ITERATIONS: number = 800;
let queueTotal: number = 0;
let holdTotal: number = 0;
let switchTotal: number = 0;
let traceSum: number = 0;
for (let i = 0; i < ITERATIONS; i++) {
  const r: number[] = runRichards(10000);
  queueTotal += r[0];
  holdTotal += r[1];
  switchTotal += r[2];
  traceSum = (traceSum + r[3]) % 1000003;
}
console.log('richards iterations:', ITERATIONS, 'queue:', queueTotal, 'hold:', holdTotal, 'switches:', switchTotal, 'trace:', traceSum);
