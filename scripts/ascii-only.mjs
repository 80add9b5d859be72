// For bundle-cli.mjs and snapshot-cli.mjs. esbuild's ASCII output escapes strings but not regular expression
// literals or String.raw templates, and one character past ASCII makes V8 hold the whole script as two-byte text
// (the snapshot's 3.5 MB bundle became 7 MB of its heap). Hand-written: no package does this for regex literals.

/**
 * The same script with every character past ASCII written as a \u escape, which means the same character in a string,
 * a template, and a regular expression with or without the u flag. An escaped one ("\’" in a regular expression
 * without the u flag) loses its now needless backslash. String.raw text gets the escape as written, which is the same
 * character for the regular expressions it builds here, not for raw text printed as is.
 */
export function asciiOnly(source) {
  let out = '';
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code < 128) continue;
    let slashes = 0;
    while (i - slashes > from && source[i - slashes - 1] === '\\') slashes++;
    out += `${source.slice(from, slashes % 2 === 1 ? i - 1 : i)}\\u${code.toString(16).padStart(4, '0')}`;
    from = i + 1;
  }
  return out + source.slice(from);
}
