import { describe, expect, it } from 'vitest';
import { latexSourceText } from '../../src/corpus/latex-source.ts';
import { splitFrontMatter } from '../../src/corpus/front-matter.ts';

const NEWSLETTER = String.raw`% Example Lines -- the society's newsletter. Do not edit the macros!
\documentclass[a4paper,11pt]{article}
\usepackage[utf8]{inputenc}
\newcommand{\issue}{42}
\newcommand{\loco}[1]{\textit{#1}}

\title{\textbf{Example Lines}\\[2pt]
\large Issue \issue\ -- Spring 2026}
\author{Edited by Ann Example}
\date{27 March 2026}

\begin{document}
\maketitle

\section*{From the Chair}

Our bid for No.~4409 \loco{Example Tern} was \textbf{not} accepted; it was sold for
\pounds{}1.65m.\footnote{The figure the administrators gave on 20 March.} % a note to the editor
\vspace{4pt}

\begin{itemize}
  \item Adult return \pounds24, child \pounds12.
  \item The last train leaves at 15:40 on Easter Monday.
\end{itemize}

\begin{tabular}{ll}
\hline
Members & 2,940 \\
Volunteers & 312 \\
\end{tabular}
\end{document}
`;

describe('latexSourceText: a newsletter typeset with LaTeX, read without its markup', () => {
  it('titles and dates it by its preamble, and reads its body as paragraphs of plain text', () => {
    const markdown = latexSourceText(NEWSLETTER);
    expect(markdown).not.toBeNull();
    const { data, body } = splitFrontMatter(markdown!, 'newsletter.txt');
    expect(data).toMatchObject({ title: 'Example Lines', published: '2026-03-27' });
    // The subtitle and the editor's line open the text; the document's own commands are put in.
    expect(body).toContain('Issue 42 – Spring 2026');
    expect(body).toContain('Edited by Ann Example');
    expect(body).toContain('## From the Chair');
    // A wrapped source line is one paragraph; a footnote is read in brackets where it is marked.
    expect(body).toContain(
      'Our bid for No. 4409 Example Tern was not accepted; it was sold for £1.65m. (The figure the administrators ' +
        'gave on 20 March.)',
    );
    expect(body).toContain('- Adult return £24, child £12.');
    expect(body).toContain('Members, 2,940');
    expect(body).not.toMatch(/\\|[{}]|note to the editor|4pt|hline/u);
  });

  it('leaves other text alone', () => {
    expect(latexSourceText('The \\textbf{bold} claim was made in a plain text note.\n')).toBeNull();
  });
});
