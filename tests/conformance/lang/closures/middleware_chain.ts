// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// closures: a middleware chain where each layer calls next() through a closure
type Next = () => string;
type Middleware = (req: string, next: Next) => string;
function compose(layers: Middleware[], handler: (req: string) => string): (req: string) => string {
  return (req: string): string => {
    const dispatch = (i: number): string => {
      if (i === layers.length) return handler(req);
      return layers[i](req, () => dispatch(i + 1));
    };
    return dispatch(0);
  };
}
function logger(req: string, next: Next): string {
  return "log(" + next() + ")";
}
const auth: Middleware = (req, next) => (req.startsWith("admin") ? next() : "denied");
const timing: Middleware = (req, next) => {
  const r = next();
  return r + " in " + req.length + "ms";
};
const app = compose([logger, auth, timing], (req) => "handled " + req);
console.log(app("admin/users"));
console.log(app("guest/home"));
const bare = compose([], (req) => req.toUpperCase());
console.log(bare("plain"));
const counted: string[] = [];
const tracer = (name: string): Middleware => (req, next) => {
  counted.push(">" + name);
  const r = next();
  counted.push("<" + name);
  return r;
};
const traced = compose([tracer("a"), tracer("b"), tracer("c")], (req) => req);
console.log(traced("t"), counted.join(" "));
