// A browser's "Save Page As… Webpage, complete" writes the page as `Name.html` and everything it loaded (styles,
// scripts, images, ad and comment frames as `saved_resource.html`) into a sibling folder `Name_files/`. Those frames
// are other sites' pages, not articles the user saved: the folder is the page's, and nothing in it is read.

const PAGE = /\.html?$/i;
const ASSETS_SUFFIX = '_files';

/**
 * The paths that are not inside a saved page's asset folder. `paths` are relative to the corpus directory,
 * '/'-separated, and hold every file and folder, so a folder counts only when its page sits beside it.
 */
export function withoutPageAssets(paths: readonly string[]): string[] {
  const pages = new Set(paths.filter((path) => PAGE.test(path)).map((path) => path.replace(PAGE, '')));
  const isAsset = (path: string): boolean => {
    const parts = path.split('/');
    // Every folder above the file, as a path: `a_files/b.html` is inside `a_files` when `a.html` is its page.
    return parts.slice(0, -1).some((part, i) => {
      const folder = parts.slice(0, i + 1).join('/');
      return part.endsWith(ASSETS_SUFFIX) && pages.has(folder.slice(0, -ASSETS_SUFFIX.length));
    });
  };
  return paths.filter((path) => !isAsset(path));
}
