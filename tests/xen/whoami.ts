// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// Through the xen stdlib module: this domain's id and name from xenstore, a write read back (UTF-8 both ways), the home directory, an event channel.
import { domid, store, EventChannel, XenError } from 'tsxen:xen';

console.log(`domid ${domid}`);
const name = store.read('name');
if (name === undefined) {
  console.log('no xenstore');
} else {
  console.log(`name ${name}`);
  const home = `/local/domain/${domid}`;
  console.log(`domid key ${store.read('domid') === String(domid) ? 'agrees' : 'differs'}`);
  console.log(`absolute name ${store.read(`${home}/name`) === name ? 'agrees' : 'differs'}`);
  const text = `h\u00e9llo \u2713 \u{1F600} from ${name}`;
  store.write('data/whoami', text);
  console.log(`read back ${store.read('data/whoami') === text ? 'equal' : 'different'}`);
  console.log(`home lists ${['name', 'domid', 'data'].filter((k) => store.directory(home).includes(k)).join(',')}`);
  store.remove('data/whoami');
  console.log(`removed ${store.read('data/whoami') === undefined}`);
  try {
    store.directory('data/absent');
  } catch (e) {
    if (e instanceof XenError) console.log(`directory of a missing path: errno ${e.errno}`);
  }
  const ch = EventChannel.allocUnbound(0);
  console.log(`event channel port ${ch.port > 0 ? 'allocated' : 'invalid'}`);
  ch.close();
}
