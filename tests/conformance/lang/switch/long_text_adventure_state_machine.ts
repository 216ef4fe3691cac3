// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// switch: text-adventure state machine with string enums, nested switches, fallthrough, inventory and scripted commands
enum Room {
  Hall = "hall",
  Library = "library",
  Cellar = "cellar",
  Garden = "garden",
  Vault = "vault",
}
enum Dir {
  North = "n",
  South = "s",
  East = "e",
  West = "w",
  Down = "d",
  Up = "u",
}
enum Item {
  Key = "key",
  Lamp = "lamp",
  Book = "book",
  Coin = "coin",
}
const enum Outcome {
  Continue,
  Won,
  Dead,
}
interface State {
  room: Room;
  inv: Set<Item>;
  lampOn: boolean;
  moves: number;
  score: number;
  doorOpen: boolean;
}
const itemEntries: [Room, Item[]][] = [
  [Room.Hall, [Item.Lamp]],
  [Room.Library, [Item.Book, Item.Key]],
  [Room.Cellar, [Item.Coin]],
  [Room.Garden, []],
  [Room.Vault, []],
];
const roomItems = new Map<Room, Item[]>(itemEntries);
function exits(s: State): Dir[] {
  switch (s.room) {
    case Room.Hall: return [Dir.North, Dir.East, Dir.Down];
    case Room.Library: return [Dir.South];
    case Room.Garden: return s.doorOpen ? [Dir.West, Dir.North] : [Dir.West];
    case Room.Cellar: return [Dir.Up];
    case Room.Vault: return [Dir.South];
  }
}
function move(s: State, d: Dir): string {
  if (!exits(s).includes(d)) return `You can't go ${d} from the ${s.room}.`;
  const from = s.room;
  switch (s.room) {
    case Room.Hall:
      switch (d) {
        case Dir.North: s.room = Room.Library; break;
        case Dir.East: s.room = Room.Garden; break;
        case Dir.Down: s.room = Room.Cellar; break;
        default: return "??";
      }
      break;
    case Room.Library:
    case Room.Cellar:
      s.room = Room.Hall;
      break;
    case Room.Garden:
      s.room = d === Dir.North ? Room.Vault : Room.Hall;
      break;
    case Room.Vault:
      s.room = Room.Garden;
      break;
  }
  return `${from} -> ${s.room}`;
}
function look(s: State): string {
  if (s.room === Room.Cellar && !s.lampOn) return "It is pitch dark.";
  const items = roomItems.get(s.room) ?? [];
  const here = items.length ? ` Items: ${items.join(", ")}.` : "";
  return `You are in the ${s.room}. Exits: ${exits(s).join("")}.${here}`;
}
function take(s: State, what: string): string {
  const items = roomItems.get(s.room) ?? [];
  if (s.room === Room.Cellar && !s.lampOn) return "You fumble in the dark.";
  for (let i = 0; i < items.length; i++) {
    if (items[i] === what) {
      const it = items[i];
      items.splice(i, 1);
      s.inv.add(it);
      switch (it) {
        case Item.Coin:
          s.score += 10;
        // falls through
        case Item.Book:
          s.score += 5;
          break;
        default:
          s.score += 1;
      }
      return `Taken: ${it}.`;
    }
  }
  return `No ${what} here.`;
}
function step(s: State, line: string): [Outcome, string] {
  const words = line.trim().split(" ");
  const verb = words[0];
  const arg = words.length > 1 ? words[1] : "";
  s.moves++;
  switch (verb) {
    case "n": case "s": case "e": case "w": case "d": case "u": {
      const d = [Dir.North, Dir.South, Dir.East, Dir.West, Dir.Down, Dir.Up].find((x) => x === verb);
      if (d === undefined) return [Outcome.Continue, "bad dir"];
      const msg = move(s, d);
      if (s.room === Room.Cellar && !s.lampOn && s.moves > 12) return [Outcome.Dead, msg + " A grue eats you."];
      if (s.room === Room.Vault) {
        s.score += s.inv.has(Item.Coin) ? 50 : 20;
        return [Outcome.Won, msg + " You found the vault!"];
      }
      return [Outcome.Continue, msg];
    }
    case "look":
      return [Outcome.Continue, look(s)];
    case "take":
      return [Outcome.Continue, take(s, arg)];
    case "light":
      if (!s.inv.has(Item.Lamp)) return [Outcome.Continue, "You have no lamp."];
      s.lampOn = !s.lampOn;
      return [Outcome.Continue, `Lamp ${s.lampOn ? "on" : "off"}.`];
    case "open":
      if (s.room !== Room.Garden) return [Outcome.Continue, "Nothing to open."];
      if (!s.inv.has(Item.Key)) return [Outcome.Continue, "The door is locked."];
      s.doorOpen = true;
      return [Outcome.Continue, "The door swings open."];
    case "inv":
      return [Outcome.Continue, `Carrying: ${[...s.inv].sort().join(",") || "nothing"}`];
    default:
      s.moves--;
      return [Outcome.Continue, `I don't understand "${verb}".`];
  }
}
function play(script: string[]): void {
  const s: State = { room: Room.Hall, inv: new Set<Item>(), lampOn: false, moves: 0, score: 0, doorOpen: false };
  let out: Outcome = Outcome.Continue;
  for (const line of script) {
    const [o, msg] = step(s, line);
    console.log(`> ${line.padEnd(10)} ${msg}`);
    out = o;
    if (out !== Outcome.Continue) break;
  }
  let verdict: string;
  switch (out) {
    case Outcome.Won: verdict = "WON"; break;
    case Outcome.Dead: verdict = "DEAD"; break;
    default: verdict = "unfinished";
  }
  console.log(`== ${verdict} in ${s.moves} moves, score ${s.score}, room ${s.room}`);
}
play(["look", "x", "take lamp", "n", "take book", "take key", "take sword", "s", "e", "n", "open", "inv", "n"]);
roomItems.set(Room.Hall, [Item.Lamp]);
play(["d", "look", "take coin", "u", "take lamp", "light", "d", "look", "take coin", "u", "e", "open"]);
roomItems.set(Room.Cellar, []);
play(["n", "s", "n", "s", "n", "s", "n", "s", "n", "s", "n", "s", "d"]);
