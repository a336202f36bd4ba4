export { IpadicTokenizer, loadIpadic } from './tokenizer.js';
export { readIpadicFiles, kuromojiDictDir, type IpadicFiles } from './files.js';
export { compileDictionary, type IpadicData } from './dictionary.js';
