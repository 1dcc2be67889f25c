// One-off: draws the example site's story illustrations (content/images/stories/*.webp) as flat
// vector scenes rendered by sharp. The example content may not use photos we hold no rights to,
// and the machine that made it could not download any; rerun after changing a scene:
// `node scripts/draw-story-illustrations.ts`.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const width = 1600;
const height = 900;
const outDir = path.resolve('content/images/stories');

/** The site's teal family and warm accents, so the pictures sit with the brand colour. */
const palette = {
  sky: '#e6f2ef',
  skyWarm: '#fbeee0',
  far: '#9cc9bf',
  mid: '#4f9c8f',
  near: '#1d6f63',
  deep: '#115e59',
  ink: '#123b37',
  sun: '#f4b860',
  red: '#c2413b',
  cream: '#fffaf2',
  skin: '#d9a27a',
  skinDark: '#9a6446',
  water: '#7fb7c9',
};

const hills = (colour: string, base: number, amplitude: number, phase: number) => {
  const points: string[] = [];
  for (let x = 0; x <= width; x += 40) {
    const y =
      base +
      Math.sin(x / 260 + phase) * amplitude +
      Math.sin(x / 97 + phase * 2) * amplitude * 0.25;
    points.push(`${x},${y.toFixed(1)}`);
  }
  return `<polygon fill="${colour}" points="0,${height} ${points.join(' ')} ${width},${height}"/>`;
};

const tree = (x: number, y: number, size: number, colour: string) =>
  `<rect x="${x - size * 0.06}" y="${y - size * 0.35}" width="${size * 0.12}" height="${size * 0.4}" fill="${palette.ink}"/>
   <polygon fill="${colour}" points="${x},${y - size * 1.3} ${x - size * 0.45},${y - size * 0.3} ${x + size * 0.45},${y - size * 0.3}"/>
   <polygon fill="${colour}" points="${x},${y - size * 1.6} ${x - size * 0.33},${y - size * 0.85} ${x + size * 0.33},${y - size * 0.85}"/>`;

const person = (x: number, y: number, scale: number, shirt: string, skin = palette.skin) =>
  `<g transform="translate(${x} ${y}) scale(${scale})">
     <rect x="-34" y="-20" width="26" height="120" rx="12" fill="${palette.ink}"/>
     <rect x="8" y="-20" width="26" height="120" rx="12" fill="${palette.ink}"/>
     <rect x="-46" y="-190" width="92" height="190" rx="40" fill="${shirt}"/>
     <circle cx="0" cy="-236" r="40" fill="${skin}"/>
     <path d="M-42,-246 a42,42 0 0 1 84,0 q-42,-22 -84,0z" fill="${palette.ink}"/>
   </g>`;

const svg = (body: string, sky: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
     <defs><linearGradient id="sky" x1="0" y1="0" x2="0" y2="1">
       <stop offset="0" stop-color="${sky}"/><stop offset="1" stop-color="${palette.cream}"/>
     </linearGradient></defs>
     <rect width="${width}" height="${height}" fill="url(#sky)"/>
     ${body}
   </svg>`;

const scenes: Record<string, string> = {
  // Saplings along a river, volunteers with a spade.
  'planting-along-the-somesul-mic': svg(
    `<circle cx="1280" cy="190" r="90" fill="${palette.sun}"/>
     ${hills(palette.far, 430, 40, 0.4)}
     ${hills(palette.mid, 540, 30, 1.7)}
     <path d="M0,690 C400,620 700,760 1100,680 S1500,640 1600,660 L1600,760 C1300,740 1000,820 600,770 S150,760 0,780Z" fill="${palette.water}"/>
     ${hills(palette.near, 790, 14, 2.4)}
     ${[180, 330, 480, 1180, 1330, 1480].map((x, i) => tree(x, 560 + (i % 2) * 12, 150, palette.deep)).join('')}
     ${[640, 760, 880].map((x) => tree(x, 800, 70, palette.mid)).join('')}
     ${person(1010, 780, 0.9, palette.red)}
     <rect x="1080" y="560" width="12" height="230" fill="${palette.ink}" transform="rotate(18 1086 675)"/>
     ${person(520, 800, 0.8, palette.sun, palette.skinDark)}`,
    palette.sky,
  ),
  // A blood bag and a drop over a calm clinic room.
  'a-day-at-the-transfusion-centre': svg(
    `<rect x="0" y="640" width="${width}" height="260" fill="${palette.far}"/>
     <rect x="120" y="150" width="420" height="300" rx="20" fill="${palette.cream}" stroke="${palette.mid}" stroke-width="10"/>
     <line x1="330" y1="150" x2="330" y2="450" stroke="${palette.mid}" stroke-width="8"/>
     <line x1="120" y1="300" x2="540" y2="300" stroke="${palette.mid}" stroke-width="8"/>
     <rect x="900" y="120" width="18" height="560" fill="${palette.ink}"/>
     <rect x="820" y="120" width="180" height="16" rx="8" fill="${palette.ink}"/>
     <rect x="840" y="150" width="140" height="200" rx="34" fill="${palette.red}"/>
     <rect x="862" y="200" width="96" height="70" rx="10" fill="${palette.cream}"/>
     <path d="M910,350 C910,420 760,430 740,560" stroke="${palette.red}" stroke-width="10" fill="none"/>
     <rect x="380" y="560" width="720" height="90" rx="30" fill="${palette.deep}"/>
     <rect x="360" y="640" width="30" height="140" fill="${palette.ink}"/>
     <rect x="1080" y="640" width="30" height="140" fill="${palette.ink}"/>
     ${person(250, 820, 0.8, palette.sun)}
     <path d="M1300,240 C1300,240 1180,390 1180,470 a120,120 0 0 0 240,0 C1420,390 1300,240 1300,240Z" fill="${palette.red}"/>
     <path d="M1250,470 h100 M1300,420 v100" stroke="${palette.cream}" stroke-width="26" stroke-linecap="round"/>`,
    palette.skyWarm,
  ),
  // Mentor and student at a table with a laptop, a path to a city on the horizon.
  'from-gherla-to-a-first-job': svg(
    `<circle cx="260" cy="200" r="80" fill="${palette.sun}"/>
     ${hills(palette.far, 470, 30, 2.2)}
     ${[1050, 1120, 1190, 1260, 1330, 1400].map((x, i) => `<rect x="${x}" y="${300 + ((i * 53) % 120)}" width="60" height="${200 - ((i * 53) % 120)}" fill="${palette.mid}"/>`).join('')}
     ${hills(palette.mid, 560, 20, 0.9)}
     <path d="M700,900 C760,760 900,640 1150,500 L1200,500 C980,650 880,780 900,900Z" fill="${palette.cream}"/>
     <rect x="240" y="640" width="620" height="36" rx="12" fill="${palette.ink}"/>
     <rect x="280" y="676" width="24" height="190" fill="${palette.ink}"/>
     <rect x="796" y="676" width="24" height="190" fill="${palette.ink}"/>
     ${person(330, 660, 0.85, palette.deep)}
     ${person(780, 660, 0.8, palette.red, palette.skinDark)}
     <rect x="480" y="540" width="160" height="100" rx="8" fill="${palette.cream}" stroke="${palette.ink}" stroke-width="8"/>
     <rect x="450" y="630" width="220" height="14" rx="6" fill="${palette.ink}"/>
     <rect x="660" y="560" width="90" height="60" rx="6" fill="${palette.sun}" transform="rotate(-8 705 590)"/>`,
    palette.sky,
  ),
  // Three recycling bins in front of Mănăștur blocks of flats.
  'sorting-it-out-in-manastur': svg(
    `${[80, 420, 760, 1100]
      .map(
        (
          x,
          i,
        ) => `<rect x="${x}" y="${160 + (i % 2) * 60}" width="300" height="${500 - (i % 2) * 60}" fill="${i % 2 ? palette.far : palette.mid}"/>
       ${[0, 1, 2, 3, 4, 5].map((row) => [0, 1, 2].map((col) => `<rect x="${x + 40 + col * 85}" y="${200 + (i % 2) * 60 + row * 70}" width="50" height="40" fill="${palette.cream}" opacity="0.85"/>`).join('')).join('')}`,
      )
      .join('')}
     <rect x="0" y="660" width="${width}" height="240" fill="${palette.near}"/>
     ${[
       [360, palette.sun],
       [680, palette.water],
       [1000, palette.deep],
     ]
       .map(
         ([x, colour]) =>
           `<rect x="${x}" y="520" width="220" height="260" rx="18" fill="${colour}"/>
            <rect x="${Number(x) - 14}" y="500" width="248" height="40" rx="12" fill="${palette.ink}"/>
            <path d="M${Number(x) + 110},590 l40,60 h-80z" fill="none" stroke="${palette.cream}" stroke-width="12" stroke-linejoin="round"/>`,
       )
       .join('')}
     ${person(1340, 780, 0.9, palette.red)}
     <rect x="1380" y="600" width="70" height="90" rx="10" fill="${palette.cream}"/>
     ${person(220, 790, 0.7, palette.sun, palette.skinDark)}`,
    palette.sky,
  ),
  // Volunteers picking litter from the reeds by the river, sacks filling on the bank.
  'a-workday-on-the-riverbank': svg(
    `<circle cx="300" cy="170" r="70" fill="${palette.sun}"/>
     ${hills(palette.far, 420, 35, 1.1)}
     ${[1100, 1220, 1340, 1460].map((x) => tree(x, 470, 130, palette.mid)).join('')}
     <path d="M0,520 C300,480 700,560 1000,520 S1400,480 1600,510 L1600,650 C1200,620 900,690 500,650 S100,640 0,660Z" fill="${palette.water}"/>
     ${hills(palette.near, 720, 12, 0.3)}
     ${[60, 110, 160, 1480, 1530].map((x) => `<path d="M${x},700 q10,-120 25,-160 M${x + 15},700 q0,-100 -20,-140" stroke="${palette.deep}" stroke-width="8" fill="none"/>`).join('')}
     ${person(420, 790, 0.85, palette.red)}
     <rect x="470" y="620" width="10" height="170" fill="${palette.ink}" transform="rotate(-25 475 705)"/>
     ${person(760, 800, 0.8, palette.sun, palette.skinDark)}
     ${person(1080, 790, 0.85, palette.deep)}
     ${[1200, 1280, 1240].map((x, i) => `<ellipse cx="${x}" cy="${800 - i * 50}" rx="60" ry="55" fill="${palette.ink}"/>`).join('')}`,
    palette.sky,
  ),
  // A hospital chair-bed beside a monitor and an infusion pump, a teddy bear on the pillow.
  'new-equipment-for-the-paediatric-ward': svg(
    `<rect x="0" y="660" width="${width}" height="240" fill="${palette.far}"/>
     <rect x="140" y="140" width="300" height="220" rx="18" fill="${palette.ink}"/>
     <rect x="160" y="160" width="260" height="180" rx="8" fill="${palette.deep}"/>
     <path d="M170,260 h60 l20,-50 l30,100 l25,-70 l15,20 h90" stroke="${palette.sun}" stroke-width="8" fill="none" stroke-linejoin="round"/>
     <rect x="280" y="360" width="16" height="320" fill="${palette.ink}"/>
     <rect x="220" y="670" width="140" height="20" rx="10" fill="${palette.ink}"/>
     <rect x="560" y="500" width="760" height="110" rx="40" fill="${palette.deep}"/>
     <rect x="540" y="380" width="80" height="230" rx="30" fill="${palette.deep}"/>
     <rect x="640" y="450" width="220" height="70" rx="30" fill="${palette.cream}"/>
     <circle cx="720" cy="420" r="42" fill="${palette.sun}"/>
     <circle cx="690" cy="385" r="16" fill="${palette.sun}"/><circle cx="750" cy="385" r="16" fill="${palette.sun}"/>
     <ellipse cx="720" cy="485" rx="52" ry="45" fill="${palette.sun}"/>
     <rect x="600" y="610" width="30" height="150" fill="${palette.ink}"/>
     <rect x="1250" y="610" width="30" height="150" fill="${palette.ink}"/>
     <rect x="1380" y="260" width="120" height="160" rx="16" fill="${palette.cream}" stroke="${palette.mid}" stroke-width="8"/>
     <rect x="1405" y="290" width="70" height="40" rx="6" fill="${palette.water}"/>
     <rect x="1432" y="420" width="16" height="260" fill="${palette.ink}"/>
     <path d="M1100,120 v120 M1040,180 h120" stroke="${palette.red}" stroke-width="40" stroke-linecap="round"/>`,
    palette.skyWarm,
  ),
  // Four kinds of contribution as growing stacks beside a magnifying glass: checked figures.
  'four-years-of-community-investment': svg(
    `${hills(palette.far, 640, 18, 0.6)}
     <rect x="0" y="700" width="${width}" height="200" fill="${palette.near}"/>
     ${[
       [260, 200, palette.mid],
       [480, 290, palette.sun],
       [700, 380, palette.red],
       [920, 470, palette.deep],
     ]
       .map(
         ([x, h, colour]) =>
           `<rect x="${x}" y="${700 - Number(h)}" width="150" height="${h}" rx="10" fill="${colour}"/>`,
       )
       .join('')}
     <line x1="200" y1="700" x2="1140" y2="700" stroke="${palette.ink}" stroke-width="10"/>
     <circle cx="1300" cy="330" r="120" fill="${palette.cream}" stroke="${palette.ink}" stroke-width="26"/>
     <path d="M1240,330 l45,45 l85,-95" stroke="${palette.deep}" stroke-width="26" fill="none" stroke-linecap="round" stroke-linejoin="round"/>
     <rect x="1380" y="420" width="40" height="180" rx="18" fill="${palette.ink}" transform="rotate(-40 1400 510)"/>`,
    palette.sky,
  ),
};

mkdirSync(outDir, { recursive: true });
for (const [name, scene] of Object.entries(scenes)) {
  const file = path.join(outDir, `${name}.webp`);
  const info = await sharp(Buffer.from(scene)).webp({ quality: 82 }).toFile(file);
  console.log(
    `${path.relative(process.cwd(), file)}: ${info.width}×${info.height}, ${info.size} B`,
  );
}
