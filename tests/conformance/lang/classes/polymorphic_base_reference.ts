// SPDX-License-Identifier: ISC
// Copyright (c) 2026, the tsxen authors
// classes: virtual dispatch through base-class references, including calls from base methods
class Employee {
  constructor(public name: string, protected salary: number) {}
  pay(): number {
    return this.salary;
  }
  bonus(): number {
    return 0;
  }
  total(): number {
    return this.pay() + this.bonus();
  }
  toString(): string {
    return this.name + "=" + this.total();
  }
}
class Manager extends Employee {
  constructor(name: string, salary: number, private reports: number) {
    super(name, salary);
  }
  bonus(): number {
    return this.reports * 100;
  }
}
class Contractor extends Employee {
  constructor(name: string, private hours: number, private rate: number) {
    super(name, 0);
  }
  pay(): number {
    return this.hours * this.rate;
  }
}
class Intern extends Employee {
  total(): number {
    return Math.min(super.total(), 1000);
  }
}
const staff: Employee[] = [
  new Employee("eve", 3000),
  new Manager("max", 5000, 3),
  new Contractor("cal", 120, 45.5),
  new Intern("ian", 1500),
];
let payroll = 0;
for (const e of staff) {
  payroll += e.total();
  console.log(e.toString(), String(e), `${e}`);
}
console.log("payroll", payroll);
