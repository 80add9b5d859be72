import { describe, expect, it } from 'vitest';
import { mailingListDigest } from '../../src/corpus/mailing-list-digest.ts';

const DIGEST = `Send Example-talk mailing list submissions to
\texample-talk@lists.example.org

Today's Topics:

   1. Last day of the van (Brenda Roe)
   2. Re: Last day of the van (Colin Doe)

----------------------------------------------------------------------

Message: 1
Date: Mon, 16 Mar 2026 08:52:17 +0000
From: Brenda Roe <b.roe@example.net>
Subject: [Example-talk] Last day of the van

Does anyone know when the van stops coming?

Brenda

------------------------------

Message: 2
Date: Tue, 17 Mar 2026 10:31:05 +0000
From: "Colin Doe" <colin@example.org>
Subject: Re: [Example-talk] Last day of the van

On 16/03/2026 Brenda Roe wrote:
> Does anyone know when the van stops coming?

The council says the last day is Friday 26 June.

--
Colin Doe, Friends of Example Libraries

------------------------------

End of Example-talk Digest, Vol 14, Issue 6
*******************************************
`;

describe("mailingListDigest: a list's digest of many people's mails", () => {
  it("reads each message's own words under its sender, without headers, quotes or signatures", () => {
    const read = mailingListDigest(DIGEST) ?? '';
    expect(read).toContain('title: Example-talk Digest, Vol 14, Issue 6');
    expect(read).toContain('outlet: Example-talk');
    expect(read).toContain('published: 2026-03-17');
    const body = read.split('---\n').at(-1)!.trim().split('\n\n');
    expect(body).toEqual([
      'Brenda Roe: Does anyone know when the van stops coming?',
      'Brenda',
      'Colin Doe: The council says the last day is Friday 26 June.',
    ]);
  });

  it('leaves any other text alone', () => {
    expect(mailingListDigest('Send us your letters.\n\nThe council voted on Tuesday.')).toBeNull();
  });
});
