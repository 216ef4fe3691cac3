// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// destructuring: object rest together with defaults, renames and nested patterns in parameters
interface Config { host: string; port: number | undefined; tls: { cert: string; key: string; ca: string }; retries: number }
function connect({ host, port = 443, tls: { cert, ...keys }, ...others }: Config): string {
  return host + ":" + port + " cert=" + cert + " keys=" + JSON.stringify(keys) + " others=" + JSON.stringify(others);
}
console.log(connect({ host: "a.example", port: undefined, tls: { cert: "c1", key: "k1", ca: "ca1" }, retries: 2 }));
console.log(connect({ host: "b.example", port: 8443, tls: { cert: "c2", key: "k2", ca: "ca2" }, retries: 0 }));
const cfg: Config = { host: "c", port: 1, tls: { cert: "x", key: "y", ca: "z" }, retries: 5 };
const { host: h, ...restCfg } = cfg;
console.log(h, restCfg.retries, restCfg.tls.ca, restCfg);
