/** StandardUnit from the CloudWatch model. */
export const standardUnits: readonly string[] = [
  "Seconds", "Microseconds", "Milliseconds", "Bytes", "Kilobytes", "Megabytes", "Gigabytes", "Terabytes",
  "Bits", "Kilobits", "Megabits", "Gigabits", "Terabits", "Percent", "Count", "Bytes/Second", "Kilobytes/Second",
  "Megabytes/Second", "Gigabytes/Second", "Terabytes/Second", "Bits/Second", "Kilobits/Second", "Megabits/Second",
  "Gigabits/Second", "Terabits/Second", "Count/Second", "None",
];

export const isStandardUnit = (unit: string): boolean => standardUnits.includes(unit);
