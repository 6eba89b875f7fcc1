// The npm JavaScript port of VADER (vader-sentiment@1.1.3) as a speed peer for `bias sentiment`:
// same input (id<TAB>text lines), same output shape. Not a correctness oracle (see shared/vader/SPEC.md).
'use strict';
const fs = require('fs');
const readline = require('readline');
const vader = require('vader-sentiment');

const input = process.argv[2] && process.argv[2] !== '-' ? fs.createReadStream(process.argv[2]) : process.stdin;
const out = [];
let pending = 0;
const rl = readline.createInterface({ input, crlfDelay: Infinity });
rl.on('line', (line) => {
  const tab = line.indexOf('\t');
  if (tab < 0) return;
  const s = vader.SentimentIntensityAnalyzer.polarity_scores(line.slice(tab + 1));
  out.push(`${line.slice(0, tab)}\t${s.neg.toFixed(3)}\t${s.neu.toFixed(3)}\t${s.pos.toFixed(3)}\t${s.compound.toFixed(4)}\n`);
  if (++pending === 4096) { process.stdout.write(out.join('')); out.length = 0; pending = 0; }
});
rl.on('close', () => process.stdout.write(out.join('')));
