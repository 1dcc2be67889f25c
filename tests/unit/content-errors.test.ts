// Every kind of content mistake an author can make, and the exact line they read for it.
import { describe, expect, test } from 'vitest';
import { reportFor } from '../helpers/content-fixture.ts';

const mentees = 'datasets/mentees.json';
const recycling = 'datasets/recycling.json';
const programme = 'programmes/mentoring.json';
const story = 'stories/first-jobs.mdx';

describe('content errors', () => {
  test('the valid fixture has no problem', () => {
    expect(reportFor(() => {})).toMatchInlineSnapshot(
      `"Content OK: 12 files checked, no problems."`,
    );
  });

  test('a value that is not a number', () => {
    expect(reportFor((c) => c.json(recycling, (d) => (d['observations'][3].value = '12a'))))
      .toMatchInlineSnapshot(`
        "content/datasets/recycling.json: observations[3].value: expected a number, found "12a"

        1 problem in 1 file."
      `);
  });

  test('a logo without its text alternative says what the field holds', () => {
    expect(
      reportFor((c) => {
        c.json('site.json', (d) => (d['logo'] = 'images/logo.png'));
        c.json('partners/youth-ngo.json', (d) => {
          d['logo'] = '../images/youth-ngo.png';
          d['logoAlt'] = '  ';
        });
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/youth-ngo.json: logoAlt: expected a logoAlt text with the logo, found "  "
      content/partners/youth-ngo.json: logo: expected an image file, found "../images/youth-ngo.png", which does not exist (looked for content/images/youth-ngo.png)
      content/site.json: logoAlt: expected a logoAlt text with the logo, found nothing
      content/site.json: logo: expected an image file, found "images/logo.png", which does not exist (looked for content/images/logo.png)

      4 problems in 2 files."
    `);
  });

  test('a count that is not a whole number', () => {
    expect(reportFor((c) => c.json(mentees, (d) => (d['observations'][3].value = 12.5))))
      .toMatchInlineSnapshot(`
        "content/datasets/mentees.json: observations[3].value: expected a whole number ≥ 0, found 12.5

        1 problem in 1 file."
      `);
  });

  test('a percentage over 100', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => {
          d['measure'].unit = { label: '%', kind: 'percent' };
          d['measure'].aggregation = 'mean';
          d['observations'][0].value = 104;
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: observations[0].value: expected a percentage from 0 to 100, found 104
      content/datasets/recycling.json: observations[2].value: expected a percentage from 0 to 100, found 143
      content/datasets/recycling.json: observations[3].value: expected a percentage from 0 to 100, found 110

      3 problems in 1 file."
    `);
  });

  test('a currency unit without its code', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => (d['measure'].unit = { label: 'lei', kind: 'currency' })),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: measure.unit.currency: expected an ISO 4217 currency code such as "RON" for a currency unit, found nothing

      1 problem in 1 file."
    `);
  });

  test('two values for one series and period', () => {
    expect(
      reportFor((c) =>
        c.json(mentees, (d) =>
          d['observations'].push({ series: 'enrolled', period: '2024', value: 3 }),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: observations[6].period: expected one value per series and period, found a second value for "2024" of series "enrolled" (the first is observations[2])

      1 problem in 1 file."
    `);
  });

  test('an unknown programme id, with a suggestion', () => {
    expect(reportFor((c) => c.json(mentees, (d) => (d['programme'] = 'mentorng'))))
      .toMatchInlineSnapshot(`
        "content/datasets/mentees.json: programme: unknown programme "mentorng": there is no content/programmes/mentorng.json; did you mean "mentoring"?

        1 problem in 1 file."
      `);
  });

  test('an unknown partner id in a story', () => {
    expect(reportFor((c) => c.replace(story, 'partners: [youth-ngo]', 'partners: [youth-ngos]')))
      .toMatchInlineSnapshot(`
        "content/stories/first-jobs.mdx:6: partners[0]: unknown partner "youth-ngos": there is no content/partners/youth-ngos.json; did you mean "youth-ngo"?

        1 problem in 1 file."
      `);
  });

  test('a goal naming a series its dataset does not have', () => {
    expect(reportFor((c) => c.json(programme, (d) => (d['goals'][0].series = 'complete'))))
      .toMatchInlineSnapshot(`
        "content/programmes/mentoring.json: goals[0].series: expected a series of dataset "mentees" (enrolled, completed), found "complete"; did you mean "completed"?

        1 problem in 1 file."
      `);
  });

  test('an observation without a series in a dataset that declares series', () => {
    expect(
      reportFor((c) => {
        c.json(mentees, (d) => {
          delete d['observations'][0].series;
        });
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: observations[0].series: expected one of the declared series (enrolled, completed), found nothing

      1 problem in 1 file."
    `);
  });

  test('an SDG target that does not exist', () => {
    expect(reportFor((c) => c.json(programme, (d) => (d['sdgTargets'] = ['4.4', '4.9']))))
      .toMatchInlineSnapshot(`
        "content/programmes/mentoring.json: sdgTargets[1]: expected one of the 169 SDG targets, found "4.9"; goal 4 has 4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.a, 4.b, 4.c

        1 problem in 1 file."
      `);
  });

  test('a website that is not http(s)', () => {
    expect(
      reportFor((c) =>
        c.json('partners/youth-ngo.json', (d) => (d['website'] = 'javascript:alert(1)')),
      ),
    ).toMatchInlineSnapshot(`
      "content/partners/youth-ngo.json: website: expected an absolute http(s) URL such as "https://example.org" (a javascript: URL could run code or hide content), found "javascript:alert(1)"

      1 problem in 1 file."
    `);
  });

  test('a verification above self-reported without who and when', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => (d['verification'] = { level: 'externally-assured' })),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: verification.by: expected who checked the figures (required for "externally-assured"), found nothing
      content/datasets/recycling.json: verification.date: expected the date of the check (required for "externally-assured"), found nothing

      2 problems in 1 file."
    `);
  });

  test('a measured value for a period that has not ended', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => d['observations'].push({ period: '2026-Q4', value: 80 })),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: observations[4].period: expected a period that has ended for a measured value (Q4 2026 ends 2026-12-31), found "2026-Q4"; mark it "provisional" or "estimated"

      1 problem in 1 file."
    `);
  });

  test('periods in a form the site cannot read', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => {
          d['observations'][0].period = '2025-Q5';
          d['observations'][1].period = '2025/27';
          d['observations'][2].period = '2025-02-30';
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: observations[0].period: expected a period written YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-DD or a fiscal year YYYY/YY, found "2025-Q5"
      content/datasets/recycling.json: observations[1].period: expected a real date, or a fiscal year whose two halves follow each other (2024/25), found "2025/27"
      content/datasets/recycling.json: observations[2].period: expected a real date, or a fiscal year whose two halves follow each other (2024/25), found "2025-02-30"

      3 problems in 1 file."
    `);
  });

  test('a fiscal-year period without fiscalYearStartMonth', () => {
    expect(reportFor((c) => c.json(recycling, (d) => (d['observations'][0].period = '2024/25'))))
      .toMatchInlineSnapshot(`
        "content/datasets/recycling.json: observations[0].period: expected fiscalYearStartMonth in content/site.json to use a fiscal-year period, found "2024/25"
        content/datasets/recycling.json: observations: the dataset's chart: expected periods of one form on a chart's time axis, found fiscal years and quarters; keep one form in this dataset (for example only quarters) or put the others in a dataset of their own

        2 problems in 1 file."
      `);
  });

  test('a misspelt field and a wrong enum value', () => {
    expect(
      reportFor((c) =>
        c.json(programme, (d) => {
          d['sumary'] = d['summary'];
          delete d['summary'];
          d['pillar'] = 'educaton';
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/programmes/mentoring.json: summary: expected text, found nothing
      content/programmes/mentoring.json: pillar: expected one of "education", "health", "environment", "community", found "educaton"; did you mean "education"?
      content/programmes/mentoring.json: sumary: unknown field; did you mean "summary"?

      3 problems in 1 file."
    `);
  });

  test('a description over its length limit', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          "description: 'How employees",
          `description: '${'Far too long. '.repeat(15)}How employees`,
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:3: description: expected at most 200 characters, found 295 characters

      1 problem in 1 file."
    `);
  });

  test('a dataset description longer than dataset search accepts', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => (d['description'] = 'Kilograms sorted. '.repeat(280))),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: description: expected at most 5000 characters (the most dataset search engines accept), found 5039 characters

      1 problem in 1 file."
    `);
  });

  test('a KeyFigure naming an unknown dataset or a period without data', () => {
    expect(
      reportFor((c) =>
        c.replace(story, 'dataset="recycling" period="2025"', 'dataset="recyling" period="2025"'),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:34: <KeyFigure>: dataset: unknown dataset "recyling": there is no content/datasets/recyling.json; did you mean "recycling"?

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.replace(story, 'period="2024"', 'period="2021"')))
      .toMatchInlineSnapshot(`
        "content/stories/first-jobs.mdx:14: <KeyFigure>: no value for period "2021"; series "completed" has 2023, 2024, 2025; did you mean "2023"?

        1 problem in 1 file."
      `);
  });

  test('a PartnerCard naming an unknown partner or one without a public page', () => {
    expect(
      reportFor((c) =>
        c.replace(
          story,
          '## Why we mentor',
          '<PartnerCard partner="youth-ngoo" />\n\n## Why we mentor',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: <PartnerCard>: partner: unknown partner "youth-ngoo": there is no content/partners/youth-ngoo.json; did you mean "youth-ngo"?

      1 problem in 1 file."
    `);
    expect(
      reportFor((c) =>
        c.replace(
          story,
          '## Why we mentor',
          '<PartnerCard partner="city-recycler" />\n\n## Why we mentor',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:12: <PartnerCard>: partner: "city-recycler" has not agreed to a public page, so there is no page to link to; add "consent": { "published": true, "date": "…" } to content/partners/city-recycler.json once they agree, or name the partner in the text

      1 problem in 1 file."
    `);
    expect(
      reportFor((c) =>
        c.replace(
          story,
          '## Why we mentor',
          '<PartnerCard partner="youth-ngo" />\n\n## Why we mentor',
        ),
      ),
    ).toMatchInlineSnapshot(`"Content OK: 12 files checked, no problems."`);
  });

  test('an unknown MDX component', () => {
    expect(
      reportFor((c) => {
        c.replace(story, '<Quote by=', '<Qoute by=');
        c.replace(story, '</Quote>', '</Qoute>');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:26: <Qoute>: unknown component <Qoute>; did you mean <Quote>?

      1 problem in 1 file."
    `);
  });

  test('a restatement of a period without data, and one that changes nothing', () => {
    expect(
      reportFor((c) =>
        c.json(mentees, (d) => {
          d['restatements'].push({ ...d['restatements'][0], period: '2022' });
          d['restatements'][0].previousValue = 44;
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: restatements[0].previousValue: expected the value published before the restatement, which differs from the current value (44), found 44
      content/datasets/mentees.json: restatements[1].period: expected a period of series "completed" that has an observation, found "2022"

      2 problems in 1 file."
    `);
  });

  test('broken JSON and broken YAML', () => {
    expect(
      reportFor((c) => {
        c.write(recycling, '{ "title": "Paper", }');
        c.replace(
          story,
          "title: 'First jobs, with a mentor beside them'",
          "title: 'First jobs: [unclosed",
        );
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json:1:19: is not valid JSON: expected another field after the comma, found "}"; remove this comma (JSON allows none after the last field)
      content/stories/first-jobs.mdx:4: front matter: is not valid YAML: can not read a block mapping entry; a multiline key may not be an implicit key

      2 problems in 2 files."
    `);
  });

  test('a file name that is not a kebab-case id', () => {
    expect(
      reportFor((c) => {
        c.write('partners/Youth NGO.json', '{}');
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/Youth NGO.json: file name: expected a kebab-case ASCII id such as "blood-donations", found "Youth NGO"
      content/partners/Youth NGO.json: name: expected text, found nothing
      content/partners/Youth NGO.json: type: expected one of "ngo", "school", "hospital", "public-body", "community-group", "other", found nothing
      content/partners/Youth NGO.json: website: expected an absolute http(s) URL such as "https://example.org", found nothing
      content/partners/Youth NGO.json: description: expected text, found nothing
      content/partners/Youth NGO.json: country: expected a two-letter country code, found nothing

      6 problems in 1 file."
    `);
  });

  test('many problems in many files are all reported in one run', () => {
    expect(
      reportFor((c) => {
        c.json(mentees, (d) => (d['observations'][3].value = -1));
        c.json(programme, (d) => (d['status'] = 'ongoing'));
        c.json('site.json', (d) => (d['url'] = 'http://fixture.example.com'));
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: observations[3].value: expected a whole number ≥ 0, found -1
      content/programmes/mentoring.json: status: expected one of "planned", "active", "completed", found "ongoing"
      content/site.json: url: expected an https:// address, found "http://fixture.example.com"

      3 problems in 3 files."
    `);
  });

  test('an ImpactChart with an unknown series or a type that does not fit the data', () => {
    expect(
      reportFor((c) => {
        c.replace(story, '  series="completed"\n', '  series="complete"\n');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: series: unknown series "complete": expected one of enrolled, completed; did you mean "completed"?

      1 problem in 1 file."
    `);
    expect(
      reportFor((c) => {
        c.replace(story, 'type="line"', 'type="doughnut"');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: type "doughnut": a doughnut shows the shares of a whole: expected several series, found one selected

      1 problem in 1 file."
    `);
  });

  test('every problem of one ImpactChart at once: each unknown series and the type', () => {
    expect(
      reportFor((c) => {
        c.replace(story, '  series="completed"\n', '  series="complete,enroled,complete"\n');
        c.replace(story, 'type="line"', 'type="lines"');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: series: expected each series once, found "complete" twice
      content/stories/first-jobs.mdx:16: <ImpactChart>: series: unknown series "complete": expected one of enrolled, completed; did you mean "completed"?
      content/stories/first-jobs.mdx:16: <ImpactChart>: series: unknown series "enroled": expected one of enrolled, completed; did you mean "enrolled"?
      content/stories/first-jobs.mdx:16: <ImpactChart>: type: expected one of bar, line, stacked-bar, doughnut, found "lines"; did you mean "line"?

      4 problems in 1 file."
    `);
  });

  test('a dataset whose chart type does not fit its data', () => {
    expect(reportFor((c) => c.json(recycling, (d) => (d['chart'] = { type: 'stacked-bar' }))))
      .toMatchInlineSnapshot(`
        "content/datasets/recycling.json: chart.type: "stacked-bar": a stacked bar adds series up: expected a dataset with several series, found one

        1 problem in 1 file."
      `);
  });

  test('a KeyFigure for a year with a quarter missing is refused, not summed', () => {
    expect(reportFor((c) => c.json(recycling, (d) => d['observations'].splice(2, 1))))
      .toMatchInlineSnapshot(`
        "content/stories/first-jobs.mdx:34: <KeyFigure>: no value for Jul–Sep 2025, so 2025 cannot be summed (the total of the other parts is not the total of 2025); add the missing values or choose a period with complete data

        1 problem in 1 file."
      `);
  });

  test('a KeyFigure totalling series that do not add up, or with a series missing', () => {
    expect(
      reportFor((c) => c.replace(story, ' series="completed" period="2024"', ' period="2024"')),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <KeyFigure>: expected a series (enrolled, completed): the series of this dataset are not parts of one total; name one with series="…", or set measure.seriesAddUp to true in the dataset if they add up

      1 problem in 1 file."
    `);
    expect(
      reportFor((c) => {
        c.json(mentees, (d) => {
          d['measure'].seriesAddUp = true;
          d['observations'] = d['observations'].filter(
            (o: { series: string; period: string }) =>
              !(o.series === 'completed' && o.period === '2024'),
          );
          d['restatements'] = [];
        });
        c.replace(story, ' series="completed" period="2024"', ' period="2024"');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:14: <KeyFigure>: no value of series "completed" for 2024, so the series cannot be totalled (a total of the other series is not the total); add the missing value or name a series with series="…"

      1 problem in 1 file."
    `);
  });

  test('a doughnut with a part missing in its period', () => {
    expect(
      reportFor((c) => {
        c.json(mentees, (d) => {
          d['measure'].seriesAddUp = true;
          d['observations'].pop();
        });
        c.replace(story, 'series="completed"\n  type="line"', 'type="doughnut"');
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: type "doughnut": a doughnut shows the shares of a whole: expected a value for every series in 2025, found none for "completed"; use type="bar" or type="stacked-bar"

      1 problem in 1 file."
    `);
  });

  test('a dataset mixing period forms without a chart setting fails the check, not the build', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => {
          d['observations'][0].period = '2024';
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: observations: the dataset's chart: expected periods of one form on a chart's time axis, found years and quarters; keep one form in this dataset (for example only quarters) or put the others in a dataset of their own

      1 problem in 1 file."
    `);
  });

  test('an empty series attribute on ImpactChart', () => {
    expect(reportFor((c) => c.replace(story, 'series="completed"\n', 'series=""\n')))
      .toMatchInlineSnapshot(`
        "content/stories/first-jobs.mdx:16: <ImpactChart>: series: expected a value, found an empty one; leave the attribute out instead

        1 problem in 1 file."
      `);
  });

  test('a goal on the total of series that do not add up', () => {
    expect(reportFor((c) => c.json(programme, (d) => delete d['goals'][0].series)))
      .toMatchInlineSnapshot(`
        "content/programmes/mentoring.json: goals[0].series: expected a series of dataset "mentees" (enrolled, completed), found nothing; its series do not add up to one total (measure.seriesAddUp)

        1 problem in 1 file."
      `);
  });

  test('a percentage summed over periods', () => {
    expect(
      reportFor((c) =>
        c.json(recycling, (d) => {
          d['measure'].unit = { label: '%', kind: 'percent' };
          d['observations'] = d['observations'].map((o: { value: number }) => ({
            ...o,
            value: 80,
          }));
        }),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/recycling.json: measure.aggregation: expected "mean" or "last" for a percentage (percentages of different periods do not add up), found "sum"

      1 problem in 1 file."
    `);
  });

  test('a goal whose date comes before the end of its period', () => {
    expect(reportFor((c) => c.json(programme, (d) => (d['goals'][0].period = '2026'))))
      .toMatchInlineSnapshot(`
        "content/programmes/mentoring.json: goals[0].by: expected a date on or after the end of the goal's period (2026 ends 2026-12-31), found "2025-12-31"; set "period" to the period the target is for

        1 problem in 1 file."
      `);
  });

  test('a doughnut of some series, a series listed twice, an empty label', () => {
    expect(
      reportFor((c) => {
        c.json(mentees, (d) => (d['measure'].seriesAddUp = true));
        c.json(mentees, (d) => d['series'].push({ id: 'dropped-out', label: 'Dropped out' }));
        c.json(mentees, (d) =>
          d['observations'].push({ series: 'dropped-out', period: '2025', value: 3 }),
        );
        c.replace(
          story,
          'series="completed"\n  type="line"',
          'series="completed,enrolled"\n  type="doughnut"',
        );
      }),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: type "doughnut": a doughnut shows the shares of a whole: expected every series (enrolled, completed, dropped-out), found 2 selected; leave series out, or use type="bar"

      1 problem in 1 file."
    `);
    expect(
      reportFor((c) => c.replace(story, 'series="completed"\n', 'series="completed, completed"\n')),
    ).toMatchInlineSnapshot(`
      "content/stories/first-jobs.mdx:16: <ImpactChart>: series: expected each series once, found "completed" twice

      1 problem in 1 file."
    `);
    expect(reportFor((c) => c.replace(story, 'label="of paper"', 'label=""')))
      .toMatchInlineSnapshot(`
        "content/stories/first-jobs.mdx:34: <KeyFigure>: label: expected a value, found an empty one

        1 problem in 1 file."
      `);
  });

  test('one bad field in site.json causes no false problems elsewhere', () => {
    expect(
      reportFor((c) => {
        c.json('site.json', (d) => {
          d['fiscalYearStartMonth'] = 4;
          d['contactEmail'] = 'not an address';
        });
        c.json(mentees, (d) => {
          d['observations'] = d['observations'].map((o: { period: string }) => ({
            ...o,
            period: o.period === '2023' ? '2022/23' : o.period === '2024' ? '2023/24' : '2024/25',
          }));
          d['restatements'][0].period = '2023/24';
        });
        c.replace(story, 'period="2024"', 'period="2023/24"');
      }),
    ).toMatchInlineSnapshot(`
      "content/site.json: contactEmail: expected an email address such as "csr@example.com", found "not an address"

      1 problem in 1 file."
    `);
  });

  test('an unknown programme without a likely typo lists the programmes', () => {
    expect(reportFor((c) => c.json(mentees, (d) => (d['programme'] = 'tree-planting'))))
      .toMatchInlineSnapshot(`
      "content/datasets/mentees.json: programme: unknown programme "tree-planting": there is no content/programmes/tree-planting.json; expected one of mentoring

      1 problem in 1 file."
    `);
  });

  test('a methodology link that would run script', () => {
    expect(
      reportFor((c) =>
        c.json(
          mentees,
          (d) =>
            (d['methodology'] =
              'Counted by hand.\n\nSee the [guide](javascript:alert(document.domain)).'),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/mentees.json: methodology: line 3 of the text: expected an https:// or http:// address, a mailto: address, or a path on this site, found a javascript: URL ("javascript:alert(document.domain)"), which could run code or hide content

      1 problem in 1 file."
    `);
  });

  test('a reference to a file that has problems of its own is not called missing', () => {
    expect(reportFor((c) => c.write('partners/youth-ngo.json', '{ "name": "Youth NGO", }')))
      .toMatchInlineSnapshot(`
      "content/partners/youth-ngo.json:1:22: is not valid JSON: expected another field after the comma, found "}"; remove this comma (JSON allows none after the last field)

      1 problem in 1 file."
    `);
  });

  test('observations in a CSV file: problems name the CSV line', () => {
    expect(
      reportFor((c) => {
        c.replace('datasets/volunteer-hours.csv', '2024,1010.5', '2024,12a');
        c.replace('datasets/volunteer-hours.csv', '2025,1240', '2023,1240');
      }),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:3: value: expected a number, found "12a"
      content/datasets/volunteer-hours.csv:4: period: expected one value per series and period, found a second value for "2023" (the first is line 2)

      2 problems in 1 file."
    `);
  });

  test('a CSV file with an unknown column, and observations given twice', () => {
    expect(
      reportFor((c) =>
        c.replace(
          'datasets/volunteer-hours.csv',
          'period,value,status,note',
          'period,valeu,status,note',
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.csv:1: header: unknown column "valeu"; expected period, value, series, status, note
      content/datasets/volunteer-hours.csv:1: header: expected a column "value", found period, valeu, status, note

      2 problems in 1 file."
    `);
    expect(
      reportFor((c) =>
        c.json(
          'datasets/volunteer-hours.json',
          (d) => (d['observations'] = [{ period: '2023', value: 1 }]),
        ),
      ),
    ).toMatchInlineSnapshot(`
      "content/datasets/volunteer-hours.json: observations: expected the observations either here or in content/datasets/volunteer-hours.csv, found both

      1 problem in 1 file."
    `);
  });

  test('a CSV file that is not valid CSV', () => {
    expect(reportFor((c) => c.replace('datasets/volunteer-hours.csv', '2023,820,,', '2023,"820,,')))
      .toMatchInlineSnapshot(`
        "content/datasets/volunteer-hours.csv:3: is not valid CSV: Invalid Closing Quote: got "I" at line 3 instead of delimiter, record delimiter, trimable character (if activated) or comment

        1 problem in 1 file."
      `);
  });
  // image() fields: the build (and the dev server) would stop on "ImageNotFound" in Astro's
  // own files; the check names the file and field and suggests the image beside it.
  test('a hero image, partner logo or site logo that does not exist: the path of the closest image', () => {
    expect(
      reportFor((c) => {
        c.write('stories/first-jobs.webp', 'image');
        c.write('partners/youth-ngo.png', 'image');
        c.write('logo.png', 'image');
        c.replace(
          story,
          "location: 'Cluj-Napoca'",
          "location: 'Cluj-Napoca'\nhero: { src: './frist-jobs.webp', alt: 'A mentor and a mentee' }",
        );
        c.json('partners/youth-ngo.json', (d) => {
          d['logo'] = '../partners/youth-ngo.jpg';
          d['logoAlt'] = 'Youth NGO logo';
        });
        c.json('site.json', (d) => {
          d['logo'] = './lgo.png';
          d['logoAlt'] = 'Fixture logo';
        });
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/youth-ngo.json: logo: expected an image file, found "../partners/youth-ngo.jpg", which does not exist (looked for content/partners/youth-ngo.jpg); did you mean "../partners/youth-ngo.png"?
      content/site.json: logo: expected an image file, found "./lgo.png", which does not exist (looked for content/lgo.png); did you mean "logo.png"?
      content/stories/first-jobs.mdx:10: hero.src: expected an image file, found "./frist-jobs.webp", which does not exist (looked for content/stories/frist-jobs.webp); did you mean "first-jobs.webp"?

      3 problems in 3 files."
    `);
  });

  test('a logo in a format the site does not show, or in a folder that does not exist', () => {
    expect(
      reportFor((c) => {
        c.json('site.json', (d) => {
          d['logo'] = './logo.svg';
          d['logoAlt'] = 'Fixture logo';
        });
        c.json('partners/youth-ngo.json', (d) => {
          d['logo'] = '../images/youth-ngo.png';
          d['logoAlt'] = 'Youth NGO logo';
        });
      }),
    ).toMatchInlineSnapshot(`
      "content/partners/youth-ngo.json: logo: expected an image file, found "../images/youth-ngo.png", which does not exist (looked for content/images/youth-ngo.png)
      content/site.json: logo: expected an image file ending in .png, .jpg, .jpeg, .webp, .avif, .gif, found "./logo.svg" (an SVG can contain script: export it as PNG or WebP)

      2 problems in 2 files."
    `);
  });
});
