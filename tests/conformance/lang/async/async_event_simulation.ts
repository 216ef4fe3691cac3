// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// a simulated network of nodes exchanging messages with delays

class Node2 {
  inbox: string[] = [];
  constructor(readonly name: string, readonly latency: number) {}
  send(to: Node2, msg: string): Promise<void> {
    return new Promise<void>((resolve) => {
      setTimeout(() => {
        to.inbox.push(`${this.name}->${to.name}: ${msg}`);
        resolve();
      }, this.latency);
    });
  }
}
async function gossip(nodes: Node2[], rounds: number): Promise<number> {
  let sent = 0;
  for (let r = 0; r < rounds; r++) {
    const sends: Promise<void>[] = [];
    for (let i = 0; i < nodes.length; i++) {
      const from = nodes[i];
      const to = nodes[(i + 1) % nodes.length];
      sends.push(from.send(to, `round ${r}`));
      sent++;
    }
    await Promise.all(sends);
    console.log(`round ${r} delivered`);
  }
  return sent;
}
const nodes = [new Node2("a", 3), new Node2("b", 9), new Node2("c", 1)];
gossip(nodes, 3).then((n) => {
  console.log("sent", n);
  for (const node of nodes) console.log(node.name, node.inbox.join("; "));
});
