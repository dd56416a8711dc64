#!/usr/bin/env node
// Hugging Face's BERT WordPiece tokenizer (npm package "tokenizers", Rust core), set up as
// Hugging Face's BertWordPieceTokenizer does it: WordPiece on vocab.txt ([UNK], "##", words over
// 100 characters -> [UNK]), BertNormalizer (clean text, Chinese characters, accents follow
// lower-casing unless told), BertPreTokenizer, and the vocabulary's special tokens registered so
// that "[SEP]" in a text stays one token. The reference for tst_wordpiecetokenizer and
// bench_tokenizer.
//
//   node hf_tokenize.js --vocab vocab.txt [--cased] [--strip-accents true|false] [--no-chinese]
//                       [--special-tokens] [--base64] [--time REPEATS] INPUT
//
// INPUT holds one text per line ("-" reads stdin); with --base64 each line is the base64 of the
// text's bytes, so texts may hold newlines and bytes that are not UTF-8 (decoded as a browser
// would, each bad sequence becoming U+FFFD). Prints one line per text: its ids separated by
// spaces, without [CLS] and [SEP] as WordPieceTokenizer::tokenIds gives them, or with
// --special-tokens as [CLS] ... [SEP] like WordPieceTokenizer::encode and `lepton-train tokenize`.
// With --time N it prints instead one JSON line {texts, bytes, tokens, seconds, cpuSeconds}: the
// fastest of N passes of encodeBatch over all texts (wall clock, and the process's CPU time, which
// other programs on a busy machine do not inflate), timed after reading and decoding the input.
// Run it with TOKENIZERS_PARALLELISM=false (and RAYON_NUM_THREADS=1) for a single-thread figure.
'use strict';

const fs = require('fs');
const { Tokenizer, WordPiece, bertNormalizer, bertPreTokenizer, bertProcessing } = require('tokenizers');

function parseArguments(argv) {
  const options = {
    vocab: null, lowercase: true, stripAccents: null, chinese: true, specialTokens: false, base64: false, time: 0, input: null,
  };
  for (let i = 0; i < argv.length; ++i) {
    const a = argv[i];
    if (a === '--vocab') options.vocab = argv[++i];
    else if (a === '--cased') options.lowercase = false;
    else if (a === '--strip-accents') options.stripAccents = argv[++i] === 'true';
    else if (a === '--no-chinese') options.chinese = false;
    else if (a === '--special-tokens') options.specialTokens = true;
    else if (a === '--base64') options.base64 = true;
    else if (a === '--time') options.time = parseInt(argv[++i], 10);
    else if (options.input === null) options.input = a;
    else throw new Error(`unexpected argument ${a}`);
  }
  if (!options.vocab || options.input === null) throw new Error('usage: hf_tokenize.js --vocab vocab.txt [options] INPUT');
  return options;
}

function readTexts(options) {
  const bytes = fs.readFileSync(options.input === '-' ? 0 : options.input);
  let lines = (options.base64 ? bytes.toString('latin1') : bytes.toString('utf8')).split('\n');
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();  // the final newline
  if (options.base64) lines = lines.map((line) => Buffer.from(line, 'base64').toString('utf8'));
  return lines;
}

async function buildTokenizer(options) {
  const model = await WordPiece.fromFile(options.vocab, {
    unkToken: '[UNK]', continuingSubwordPrefix: '##', maxInputCharsPerWord: 100,
  });
  const tokenizer = new Tokenizer(model);
  tokenizer.setNormalizer(bertNormalizer({
    cleanText: true,
    handleChineseChars: options.chinese,
    stripAccents: options.stripAccents === null ? options.lowercase : options.stripAccents,
    lowercase: options.lowercase,
  }));
  tokenizer.setPreTokenizer(bertPreTokenizer());
  const special = ['[UNK]', '[SEP]', '[CLS]', '[PAD]', '[MASK]'].filter((t) => tokenizer.tokenToId(t) !== null);
  tokenizer.addSpecialTokens(special);
  if (options.specialTokens) {
    tokenizer.setPostProcessor(bertProcessing(['[SEP]', tokenizer.tokenToId('[SEP]')], ['[CLS]', tokenizer.tokenToId('[CLS]')]));
  }
  return tokenizer;
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const texts = readTexts(options);
  const tokenizer = await buildTokenizer(options);
  const encodeOptions = { addSpecialTokens: options.specialTokens };
  if (options.time > 0) {
    let best = Infinity;
    let bestCpu = Infinity;
    let tokens = 0;
    for (let pass = 0; pass < options.time; ++pass) {
      const start = process.hrtime.bigint();
      const cpuStart = process.cpuUsage();
      const encodings = await tokenizer.encodeBatch(texts, encodeOptions);
      const cpu = process.cpuUsage(cpuStart);
      best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
      bestCpu = Math.min(bestCpu, (cpu.user + cpu.system) / 1e6);
      tokens = encodings.reduce((sum, e) => sum + e.getLength(), 0);
    }
    const bytes = texts.reduce((sum, t) => sum + Buffer.byteLength(t, 'utf8'), 0);
    process.stdout.write(JSON.stringify({ texts: texts.length, bytes, tokens, seconds: best, cpuSeconds: bestCpu }) + '\n');
    return;
  }
  const encodings = await tokenizer.encodeBatch(texts, encodeOptions);
  process.stdout.write(encodings.map((e) => e.getIds().join(' ')).join('\n') + (encodings.length ? '\n' : ''));
}

main().catch((error) => {
  process.stderr.write(`hf_tokenize.js: ${error.message}\n`);
  process.exit(1);
});
