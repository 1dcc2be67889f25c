// Words the benchmark's synthetic site is made of: a fictional contact centre in Cluj County, its
// six programmes, their partners and what their datasets measure. Only plausible text matters here:
// the build benchmark needs stories and data shaped like a real site's, not true figures.

/** Something a dataset measures, repeated for several places. */
export interface Topic {
  slug: string;
  title: string;
  /** Label of `measure`. */
  measure: string;
  unit: { label: string; kind: 'count' | 'currency' | 'mass' | 'duration' | 'percent' | 'other' };
  aggregation: 'sum' | 'mean';
  cadence: 'year' | 'quarter';
  /** A typical value for one period (per series: the first series; others are fractions). */
  base: number;
  /** Decimals of a value (percentages and hectares have one). */
  decimals: 0 | 1;
  chart: 'bar' | 'line' | 'stacked-bar';
  series?: readonly { id: string; label: string; share: number }[];
  seriesAddUp?: boolean;
  /** How a `<KeyFigure>` names the number. */
  figureLabel: string;
}

export interface Programme {
  id: string;
  name: string;
  pillar: 'education' | 'health' | 'environment' | 'community';
  summary: string;
  need: string;
  evidence: string;
  startDate: string;
  partners: readonly string[];
  topics: readonly Topic[];
  /** Words for the prose of its stories. */
  activity: readonly string[];
  people: readonly string[];
  things: readonly string[];
  headings: readonly string[];
  titles: readonly string[];
  tags: readonly string[];
}

export interface Partner {
  id: string;
  name: string;
  type: 'ngo' | 'school' | 'hospital' | 'public-body' | 'community-group';
  description: string;
}

export const partners: readonly Partner[] = [
  {
    id: 'tinerii-cluj',
    name: 'Asociația Tinerii Cluj',
    type: 'ngo',
    description:
      'A youth NGO that runs mentoring, career guidance and first-job coaching for young people from disadvantaged backgrounds in Cluj County.',
  },
  {
    id: 'liceul-valea-somesului',
    name: 'Liceul Tehnologic Valea Someșului',
    type: 'school',
    description:
      'A vocational high school in Gherla whose final-year students take part in the mentoring programme and visit our offices.',
  },
  {
    id: 'centrul-transfuzii-cluj',
    name: 'Centrul Regional de Transfuzie Sanguină Cluj',
    type: 'public-body',
    description:
      'The regional blood transfusion centre, which sends a mobile team to our offices for each blood donation drive.',
  },
  {
    id: 'spitalul-napoca',
    name: 'Spitalul Clinic de Urgență Napoca',
    type: 'hospital',
    description:
      'A county emergency hospital whose paediatric ward receives equipment and yearly support from our hospital programme.',
  },
  {
    id: 'padurea-vie',
    name: 'Asociația Pădurea Vie Transilvania',
    type: 'ngo',
    description:
      'An environmental NGO that restores riverbanks and degraded land with native species and counts the surviving trees a year later.',
  },
  {
    id: 'manastur-verde',
    name: 'Grupul de inițiativă Mănăștur Verde',
    type: 'community-group',
    description:
      'Residents of Mănăștur who organise neighbourhood clean-ups, planting days and recycling collection days.',
  },
  {
    id: 'ecocolect-nord-vest',
    name: 'EcoColect Nord-Vest',
    type: 'ngo',
    description:
      'A licensed recycling operator and social enterprise that collects, weighs and certifies every fraction we send for recycling.',
  },
  {
    id: 'voluntari-cluj',
    name: 'Centrul de Voluntariat Cluj',
    type: 'ngo',
    description:
      'A volunteering centre that matches companies and their employees with local NGOs that need help for a day or a season.',
  },
];

const count = (label: string) => ({ label, kind: 'count' as const });

export const programmes: readonly Programme[] = [
  {
    id: 'youth-mentoring',
    name: 'Next Step: youth mentoring',
    pillar: 'education',
    summary:
      'Colleagues mentor young people from disadvantaged backgrounds through their last school year and first job search, with Asociația Tinerii Cluj and a vocational school in Gherla.',
    need: 'Young people leaving vocational schools and care homes in Cluj County often have no one to help them find a first job or a training place.',
    evidence:
      'Tinerii Cluj follows its former mentees for six months, and the county employment agency publishes youth unemployment by town.',
    startDate: '2019-09-01',
    partners: ['tinerii-cluj', 'liceul-valea-somesului'],
    topics: [
      {
        slug: 'mentees',
        title: 'Young people mentored',
        measure: 'Young people mentored',
        unit: count('young people'),
        aggregation: 'sum',
        cadence: 'year',
        base: 60,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'young people mentored',
      },
      {
        slug: 'mentoring-sessions',
        title: 'Mentoring sessions held',
        measure: 'Mentoring sessions',
        unit: count('sessions'),
        aggregation: 'sum',
        cadence: 'quarter',
        base: 240,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'mentoring sessions',
      },
      {
        slug: 'mentee-outcomes',
        title: 'Mentees in work or training after six months',
        measure: 'Share of mentees in work or training six months after the programme',
        unit: { label: '%', kind: 'percent' },
        aggregation: 'mean',
        cadence: 'year',
        base: 72,
        decimals: 1,
        chart: 'line',
        figureLabel: 'of mentees in work or training after six months',
      },
      {
        slug: 'mentee-progress',
        title: 'Mentees enrolled and completing',
        measure: 'Young people in the programme',
        unit: count('young people'),
        aggregation: 'sum',
        cadence: 'year',
        base: 70,
        decimals: 0,
        chart: 'bar',
        series: [
          { id: 'enrolled', label: 'Enrolled', share: 1 },
          { id: 'completed', label: 'Completed the programme', share: 0.8 },
        ],
        seriesAddUp: false,
        figureLabel: 'young people',
      },
    ],
    activity: [
      'a mock interview',
      'a CV workshop',
      'a visit to our call floor',
      'a first mentoring meeting',
      'a job fair in the city centre',
      'an afternoon of career guidance',
    ],
    people: ['mentees', 'final-year students', 'young people', 'school leavers'],
    things: ['CVs', 'interview questions', 'job adverts', 'training places', 'first payslips'],
    headings: [
      'Why mentoring',
      'Meeting the mentees',
      'What a session looks like',
      'The first job',
      'What the mentors learned',
      'After the programme',
    ],
    titles: [
      'A first interview in {place}',
      'Mentors from the call floor meet {place}',
      'From school to a first job in {place}',
      'Learning to write a CV in {place}',
      'A year of mentoring in {place}',
    ],
    tags: ['education', 'mentoring', 'young people'],
  },
  {
    id: 'blood-donation-drives',
    name: 'Blood donation drives',
    pillar: 'health',
    summary:
      'Quarterly blood donation drives in our offices with the regional blood transfusion centre, with paid time off for every colleague who donates.',
    need: 'Hospitals in Cluj County run short of blood every summer and around the winter holidays, when regular donors are away.',
    evidence:
      'The regional transfusion centre publishes its stock levels and appeals for donors several times a year.',
    startDate: '2019-03-01',
    partners: ['centrul-transfuzii-cluj'],
    topics: [
      {
        slug: 'blood-units',
        title: 'Units of blood collected',
        measure: 'Units of blood collected',
        unit: count('units'),
        aggregation: 'sum',
        cadence: 'quarter',
        base: 60,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'units of blood collected',
      },
      {
        slug: 'blood-donors',
        title: 'Blood donors, first-time and returning',
        measure: 'Blood donors',
        unit: count('donors'),
        aggregation: 'sum',
        cadence: 'year',
        base: 90,
        decimals: 0,
        chart: 'stacked-bar',
        series: [
          { id: 'first-time', label: 'First-time donors', share: 0.4 },
          { id: 'returning', label: 'Returning donors', share: 1 },
        ],
        seriesAddUp: true,
        figureLabel: 'donors',
      },
      {
        slug: 'blood-drives',
        title: 'Blood donation drives held',
        measure: 'Donation drives held',
        unit: count('drives'),
        aggregation: 'sum',
        cadence: 'year',
        base: 6,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'donation drives',
      },
    ],
    activity: [
      'a donation drive',
      'the mobile team’s visit',
      'a morning of donations',
      'the health check before donating',
      'a talk by a transfusion doctor',
    ],
    people: ['donors', 'first-time donors', 'colleagues', 'nurses'],
    things: ['donor cards', 'blood bags', 'appointment slots', 'sandwiches and juice'],
    headings: [
      'Why blood matters in summer',
      'How a drive works',
      'First-time donors',
      'What the nurses told us',
      'Looking after donors',
      'The next drive',
    ],
    titles: [
      'A donation drive in {place}',
      'First-time donors in {place}',
      'The mobile blood team visits {place}',
      'Giving blood before the summer in {place}',
    ],
    tags: ['health', 'blood donation', 'volunteering'],
  },
  {
    id: 'hospital-support',
    name: 'Support for the paediatric ward',
    pillar: 'health',
    summary:
      'Yearly funding and donated equipment for the paediatric ward of a county emergency hospital in Cluj-Napoca, chosen with its doctors and nurses.',
    need: 'The paediatric ward treats children from the whole county with equipment that is often older than its patients.',
    evidence:
      'The ward’s head nurse keeps a list of equipment to replace, which the hospital shares with its supporters every year.',
    startDate: '2019-01-15',
    partners: ['spitalul-napoca'],
    topics: [
      {
        slug: 'hospital-support',
        title: 'Support for the paediatric ward (RON)',
        measure: 'Value of support',
        unit: { label: 'RON', kind: 'currency' },
        aggregation: 'sum',
        cadence: 'year',
        base: 120000,
        decimals: 0,
        chart: 'stacked-bar',
        series: [
          { id: 'cash', label: 'Cash grants', share: 1 },
          { id: 'in-kind', label: 'Equipment donated', share: 0.6 },
        ],
        seriesAddUp: true,
        figureLabel: 'of support',
      },
      {
        slug: 'equipment-items',
        title: 'Equipment items donated',
        measure: 'Equipment items donated',
        unit: count('items'),
        aggregation: 'sum',
        cadence: 'year',
        base: 25,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'items of equipment',
      },
    ],
    activity: [
      'a visit to the ward',
      'the delivery of new monitors',
      'a meeting with the head nurse',
      'a toy collection',
      'repainting the playroom',
    ],
    people: ['nurses', 'young patients', 'parents', 'doctors'],
    things: ['infusion pumps', 'monitors', 'beds', 'books for the playroom', 'nebulisers'],
    headings: [
      'What the ward needs',
      'Choosing the equipment',
      'Delivery day',
      'Inside the playroom',
      'What changed for the nurses',
      'Next year',
    ],
    titles: [
      'New equipment for the ward, with help from {place}',
      'A day at the paediatric ward with colleagues from {place}',
      'Repainting the playroom with volunteers from {place}',
      'What the ward needs, as told in {place}',
    ],
    tags: ['health', 'hospital', 'children'],
  },
  {
    id: 'tree-planting',
    name: 'Native trees for the Someș valley',
    pillar: 'environment',
    summary:
      'Spring and autumn planting days with Pădurea Vie Transilvania and Mănăștur Verde, restoring riverbanks and degraded land with native species.',
    need: 'Riverbanks and former pastures around Cluj-Napoca have lost most of their tree cover, which increases erosion, floods and summer heat.',
    evidence:
      'Pădurea Vie mapped bare and eroding sections of the riverbank with the local councils, and residents ask for shade in public consultations.',
    startDate: '2019-03-01',
    partners: ['padurea-vie', 'manastur-verde'],
    topics: [
      {
        slug: 'trees-planted',
        title: 'Trees planted',
        measure: 'Trees planted',
        unit: count('trees'),
        aggregation: 'sum',
        cadence: 'year',
        base: 1800,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'native trees and shrubs',
      },
      {
        slug: 'tree-survival',
        title: 'Trees alive one year after planting',
        measure: 'Share of trees alive one year after planting',
        unit: { label: '%', kind: 'percent' },
        aggregation: 'mean',
        cadence: 'year',
        base: 80,
        decimals: 1,
        chart: 'line',
        figureLabel: 'of trees alive after one year',
      },
      {
        slug: 'land-restored',
        title: 'Land restored (hectares)',
        measure: 'Land restored',
        unit: { label: 'hectares', kind: 'other' },
        aggregation: 'sum',
        cadence: 'year',
        base: 4,
        decimals: 1,
        chart: 'bar',
        figureLabel: 'of riverbank and pasture restored',
      },
    ],
    activity: [
      'a planting day',
      'a survival count',
      'a watering round',
      'mulching the young trees',
      'a walk along the riverbank',
    ],
    people: ['volunteers', 'residents', 'foresters', 'school pupils'],
    things: ['saplings', 'spades', 'bamboo canes', 'spiral guards', 'bales of straw'],
    headings: [
      'Why this riverbank',
      'What we planted',
      'How a planting day works',
      'Counting the ones that lived',
      'What we learned',
      'Coming back next season',
    ],
    titles: [
      'Spades in the mud near {place}',
      'Planting oaks and willows in {place}',
      'Counting surviving trees in {place}',
      'An autumn planting day in {place}',
      'Shade for the new streets of {place}',
    ],
    tags: ['environment', 'trees', 'volunteering'],
  },
  {
    id: 'recycling-campaign',
    name: 'Sort it out: recycling campaign',
    pillar: 'environment',
    summary:
      'Separate collection of paper, packaging and electronic waste in our offices, and neighbourhood collection days with residents and a licensed recycler.',
    need: 'Most household and office waste in Cluj County still goes to landfill, and residents of large housing estates have few places to take old electronics.',
    evidence:
      'Romania’s municipal recycling rate is among the lowest in the EU, and a survey by Mănăștur Verde found most residents did not know where to take electronics.',
    startDate: '2021-01-10',
    partners: ['ecocolect-nord-vest', 'manastur-verde'],
    topics: [
      {
        slug: 'waste-recycled',
        title: 'Waste sent for recycling (kg)',
        measure: 'Waste sent for recycling',
        unit: { label: 'kg', kind: 'mass' },
        aggregation: 'sum',
        cadence: 'quarter',
        base: 1500,
        decimals: 0,
        chart: 'stacked-bar',
        series: [
          { id: 'paper-cardboard', label: 'Paper and cardboard', share: 1 },
          { id: 'plastic-metal', label: 'Plastic and metal packaging', share: 0.45 },
          { id: 'e-waste', label: 'Electronic waste', share: 0.25 },
        ],
        seriesAddUp: true,
        figureLabel: 'of waste sent for recycling',
      },
      {
        slug: 'collection-days',
        title: 'Neighbourhood collection days',
        measure: 'Collection days held',
        unit: count('collection days'),
        aggregation: 'sum',
        cadence: 'year',
        base: 4,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'collection days',
      },
    ],
    activity: [
      'a collection day',
      'a visit to the sorting plant',
      'a week of sorting at the office',
      'a talk on electronic waste',
    ],
    people: ['residents', 'colleagues', 'volunteers', 'neighbours'],
    things: ['old kettles', 'laptops', 'cardboard boxes', 'batteries', 'sorting bins'],
    headings: [
      'Starting at the office',
      'The collection days',
      'What happens next',
      'Packaging: the hard part',
      'What residents asked',
      'Next steps',
    ],
    titles: [
      'Sorting it out in {place}',
      'A collection day in {place}',
      'Where old electronics go, from {place}',
      'Fewer mixed bins in {place}',
    ],
    tags: ['environment', 'recycling', 'community'],
  },
  {
    id: 'employee-volunteering',
    name: 'Employee volunteering',
    pillar: 'community',
    summary:
      'Two paid volunteering days a year for every colleague, with local NGOs chosen with the Cluj volunteering centre, and teams that return to the same partner.',
    need: 'Small NGOs in Cluj County depend on volunteers for events, repairs and administration, and most have no budget to pay for help.',
    evidence:
      'The Cluj volunteering centre keeps a list of requests from NGOs that go unanswered every season.',
    startDate: '2019-01-01',
    partners: ['voluntari-cluj', 'manastur-verde'],
    topics: [
      {
        slug: 'volunteer-hours',
        title: 'Volunteer hours in working time',
        measure: 'Hours volunteered in paid working time',
        unit: { label: 'hours', kind: 'duration' },
        aggregation: 'sum',
        cadence: 'quarter',
        base: 700,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'hours volunteered',
      },
      {
        slug: 'volunteers',
        title: 'Colleagues who volunteered',
        measure: 'Colleagues who volunteered',
        unit: count('colleagues'),
        aggregation: 'sum',
        cadence: 'year',
        base: 220,
        decimals: 0,
        chart: 'bar',
        figureLabel: 'colleagues who volunteered',
      },
      {
        slug: 'participation',
        title: 'Share of colleagues who volunteered',
        measure: 'Share of colleagues who volunteered at least once',
        unit: { label: '%', kind: 'percent' },
        aggregation: 'mean',
        cadence: 'year',
        base: 35,
        decimals: 1,
        chart: 'line',
        figureLabel: 'of colleagues volunteering',
      },
    ],
    activity: [
      'a volunteering day',
      'painting a community centre',
      'sorting donations at a food bank',
      'a repair day at a shelter',
      'helping at a summer camp',
    ],
    people: ['colleagues', 'team leaders', 'NGO staff', 'volunteers'],
    things: ['paint rollers', 'crates of food', 'tool boxes', 'spreadsheets', 'tents'],
    headings: [
      'Why we volunteer in working time',
      'Choosing where to help',
      'A day on site',
      'What the NGOs asked for',
      'Going back to the same partner',
      'What comes next',
    ],
    titles: [
      'A volunteering day in {place}',
      'Painting the community centre in {place}',
      'Team days with NGOs in {place}',
      'Two days a year for {place}',
    ],
    tags: ['community', 'volunteering'],
  },
];

/** Places datasets and stories are about: [name, kebab-case id]. */
export const places: readonly (readonly [string, string])[] = [
  ['Cluj-Napoca', 'cluj-napoca'],
  ['Mănăștur', 'manastur'],
  ['Gheorgheni', 'gheorgheni'],
  ['Mărăști', 'marasti'],
  ['Florești', 'floresti'],
  ['Apahida', 'apahida'],
  ['Baciu', 'baciu'],
  ['Gherla', 'gherla'],
  ['Turda', 'turda'],
  ['Dej', 'dej'],
  ['Câmpia Turzii', 'campia-turzii'],
  ['Huedin', 'huedin'],
  ['Feleacu', 'feleacu'],
  ['Jucu', 'jucu'],
  ['Sânpaul', 'sanpaul'],
  ['Aiton', 'aiton'],
];

export const authors: readonly { name: string; role: string }[] = [
  { name: 'Ioana Mureșan', role: 'CSR coordinator' },
  { name: 'Andrei Pop', role: 'Team leader' },
  { name: 'Elena Vlad', role: 'Facilities and sustainability manager' },
  { name: 'Mihai Crișan', role: 'Customer support agent and mentor' },
  { name: 'Raluca Dobre', role: 'HR business partner' },
  { name: 'Bogdan Sabău', role: 'Quality analyst' },
  { name: 'Diana Moldovan', role: 'Internal communications' },
  { name: 'Tudor Bălan', role: 'Workforce planner' },
];

export const speakers: readonly { name: string; role: string }[] = [
  { name: 'Sorin Rusu', role: 'forester' },
  { name: 'Cristina Hossu', role: 'resident and organiser' },
  { name: 'Ana-Maria Ionescu', role: 'volunteer' },
  { name: 'Dr. Liviu Marin', role: 'paediatrician' },
  { name: 'Maria Pop', role: 'head nurse' },
  { name: 'Vlad Oprea', role: 'mentee' },
  { name: 'Gabriela Sas', role: 'teacher' },
  { name: 'Paul Ursu', role: 'NGO coordinator' },
];

export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const;
export const weekdays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const times = [
  'at half past eight',
  'just after lunch',
  'early in the morning',
  'late in the afternoon',
  'before the first shift',
  'at the end of the working day',
];
export const moods = [
  'quietly proud',
  'tired but happy',
  'surprised',
  'a little nervous',
  'more confident',
  'curious',
];

/**
 * Sentence templates: `{place}`, `{partner}`, `{person}`, `{role}`, `{activity}`, `{people}`,
 * `{thing}`, `{season}`, `{weekday}`, `{time}`, `{mood}` are filled in per sentence.
 */
export const sentences: readonly string[] = [
  'On a {weekday} {time}, a group of colleagues from our office met {partner} in {place} for {activity}.',
  'Most of the {people} we met had never taken part in anything like this before, and a few of them said so openly.',
  'The plan for the day was simple, and {partner} explained it in a few minutes before anyone picked up the {thing}.',
  'By the middle of the morning the work had a rhythm of its own, and the conversations turned from the task to families, football and the traffic on the way to {place}.',
  'We asked {person}, {role}, what makes a day like this worthwhile, and the answer was about people rather than numbers.',
  'It is easy to underestimate how much preparation goes into {activity}: lists, phone calls, permits, and a surprising number of {thing}.',
  'Several colleagues came back for a second time this {season}, and some brought friends and family with them.',
  'The {people} in {place} were {mood} by the end of the day, and so were we.',
  'None of this would happen without {partner}, who know the neighbourhood, the needs and the people far better than we do.',
  'We keep the paperwork light, but every activity is recorded the same way, so that the figures on this site can be checked.',
  'There were setbacks too: a cancelled date in {season}, a delivery of {thing} that arrived late, and rain that turned the ground to mud.',
  'What we have learned is that small, regular efforts count for more than a single big event once a year.',
  'Our teams work in shifts, so we plan {activity} around the rota and make sure that nobody loses pay for taking part.',
  'Afterwards we asked everyone who took part what we should change, and most of the answers were practical and short.',
  'Local councils in {place} helped with permissions and, more than once, with a van and a driver.',
  'For many of the {people}, it was the first time they had spoken to someone from a company like ours about their own plans.',
  'We try to go back to the same places and the same partners, because trust takes longer to build than a single visit allows.',
  'The {thing} are not the point, of course, but they are what people remember and talk about later.',
  '{person}, {role}, put it simply: it matters that the same faces come back next {season}.',
  'In the weeks after {activity}, several {people} wrote to say thank you, and a few asked how they could help next time.',
  'We publish what we measure, including the years that went less well, and explain every correction on the dataset page.',
  'The weather in {place} is rarely on our side in {season}, but it has not yet stopped a single team.',
  'Colleagues from the night shift joined in the afternoon, which meant that the work went on for longer than planned.',
  'We also learned to say no to activities that look good in photographs but do little for the {people} they are meant to help.',
  'When the day was over, the last of the {thing} had been put away, and the bus back to Cluj-Napoca was unusually quiet.',
  'Our partners decide what is needed; our role is to fund it, to bring people, and to keep coming back.',
  'The figures behind this story come from {partner}, and the methodology for each of them is published with the data.',
  'Everyone who took part did so in paid working time, which is one of the rules of our community programmes.',
];

export const listIntros: readonly string[] = [
  'What the day looked like, step by step:',
  'A few things we now do differently:',
  'What our partners asked us to keep doing:',
  'The questions we were asked most often:',
];

export const listItems: readonly string[] = [
  'arrive early and agree the plan with {partner} before anyone starts',
  'bring enough {thing} for everyone, and a few more',
  'pair colleagues who have done it before with those who have not',
  'write down what was done the same day, while everyone remembers',
  'leave time at the end to talk about what went well and what did not',
  'tell the {people} in {place} when we will be back',
  'check the weather forecast for {place} the day before',
  'share photographs only with the consent of everyone in them',
];

export const quotes: readonly string[] = [
  'The first time, we thought a few neighbours would come. People want to do the right thing; they just need someone to make it easy.',
  'It is not the money that makes the difference. It is that the same people come back, year after year, and know our names.',
  'I did not think anyone at a company would have time for us. Now I have someone I can call when I do not know what to do next.',
  'We would rather do fewer things well than many things badly, and our partners have been patient with that.',
  'You can tell on the second visit that something has changed. People greet you, and they have questions ready.',
];
