import { describe, expect, it } from 'vitest';
import { asciidocText } from '../../src/corpus/asciidoc.ts';
import { splitFrontMatter } from '../../src/corpus/front-matter.ts';

const REPORT = `= Interim Report: Loss of the Trawler Example Bell
Example Casualty Investigation Branch <publications@ecib.example>
v1.0, 2026-03-24: Interim report published
:report-ref: ECIB IR 03/2026
:toc: left

[NOTE]
====
This interim report sets out the facts established so far.
====

== Summary

At about 0305 on 11 February 2026 the trawler *Example Bell* capsized
41 nautical miles north-east of Portexample (report {report-ref}).

.Particulars of Example Bell
[cols="1,2"]
|===
|Registration |EX 118
|Length overall |21.4 m
|===

// an editor's comment
* The liferaft was launched from the port side, see <<crew,the crew's account>>.
`;

describe('asciidocText: a report written in AsciiDoc, read without its markup', () => {
  it("takes the title, author and date from the header, and the text from the body's paragraphs", () => {
    const markdown = asciidocText(REPORT);
    expect(markdown).not.toBeNull();
    const { data, body } = splitFrontMatter(markdown!, 'report.txt');
    expect(data).toMatchObject({
      title: 'Interim Report: Loss of the Trawler Example Bell',
      outlet: 'Example Casualty Investigation Branch',
      published: '2026-03-24',
    });
    expect(body).toContain(
      'At about 0305 on 11 February 2026 the trawler Example Bell capsized 41 nautical miles north-east of ' +
        'Portexample (report ECIB IR 03/2026).',
    );
    expect(body).toContain('Registration: EX 118');
    expect(body).toContain("- The liferaft was launched from the port side, see the crew's account.");
    expect(body).toContain('This interim report sets out the facts established so far.');
    expect(body).not.toMatch(/====|\[NOTE\]|\[cols|:toc:|\|===|editor's comment/u);
  });

  it('dates the document by its :revdate: attribute when no revision line gives one', () => {
    const markdown = asciidocText('= A Plan\n:revdate: 12 May 2026\n\nThe plan was agreed on Tuesday.\n');
    expect(splitFrontMatter(markdown!, 'report.txt').data).toMatchObject({ title: 'A Plan', published: '2026-05-12' });
  });

  it('leaves other text alone: a line opening on "= " with no header or sections is no AsciiDoc title', () => {
    expect(asciidocText('= total\n\nThe sum of the column.\n')).toBeNull();
    expect(asciidocText('# A Markdown heading\n\n== not a section here\n')).toBeNull();
  });
});
