// CSS Color 4's colour spaces to sRGB, with the specification's own conversions
// (https://drafts.csswg.org/css-color-4/#color-conversion-code): each space to
// linear light, to CIE XYZ, chromatically adapted (Bradford) where its white is
// D50, to linear sRGB, then sRGB's transfer function. Out-of-gamut colours are
// clipped in linear light: enough to tell a light page from a dark one.

type Vec3 = [number, number, number];
type Mat3 = readonly [Vec3, Vec3, Vec3];

const multiply = (m: Mat3, [x, y, z]: Vec3): Vec3 => [
  m[0][0] * x + m[0][1] * y + m[0][2] * z,
  m[1][0] * x + m[1][1] * y + m[1][2] * z,
  m[2][0] * x + m[2][1] * y + m[2][2] * z,
];

const XYZ_D65_TO_LINEAR_SRGB: Mat3 = [
  [3.2409699419045226, -1.537383177570094, -0.4986107602930034],
  [-0.9692436362808796, 1.8759675015077202, 0.04155505740717559],
  [0.05563007969699366, -0.20397695888897652, 1.0569715142428786],
];
const D50_TO_D65: Mat3 = [
  [0.955473421488075, -0.02309845494876471, 0.06325924320057072],
  [-0.0283697093338637, 1.0099953980813041, 0.021041441191917323],
  [0.012314014864481998, -0.020507649298898964, 1.330365926242124],
];
const D50_WHITE: Vec3 = [0.3457 / 0.3585, 1, (1 - 0.3457 - 0.3585) / 0.3585];

/** Signed power, as the specification extends transfer functions to negative values. */
const signedPow = (c: number, p: number) => Math.sign(c) * Math.abs(c) ** p;
const srgbToLinear = (c: number) => (Math.abs(c) <= 0.04045 ? c / 12.92 : Math.sign(c) * ((Math.abs(c) + 0.055) / 1.055) ** 2.4);
const REC2020_ALPHA = 1.09929682680944;
const REC2020_BETA = 0.018053968510807;

interface RgbSpace {
  toLinear: (c: number) => number;
  /** Linear light to XYZ; absent for sRGB's own primaries. */
  toXyz?: Mat3;
  d50?: true;
}

/** The RGB spaces of `color()` that Chromium computes as such. */
const RGB_SPACES: Record<string, RgbSpace> = {
  srgb: { toLinear: srgbToLinear },
  'srgb-linear': { toLinear: (c) => c },
  'display-p3': {
    toLinear: srgbToLinear,
    toXyz: [
      [0.4865709486482162, 0.26566769316909306, 0.1982172852343625],
      [0.2289745640697488, 0.6917385218365064, 0.079286914093745],
      [0, 0.04511338185890264, 1.043944368900976],
    ],
  },
  'a98-rgb': {
    toLinear: (c) => signedPow(c, 563 / 256),
    toXyz: [
      [0.5766690429101305, 0.1855582379065463, 0.1882286462349947],
      [0.29734497525053605, 0.6273635662554661, 0.0752914584939978],
      [0.02703136138641234, 0.07068885253582723, 0.9913375368376388],
    ],
  },
  'prophoto-rgb': {
    toLinear: (c) => (Math.abs(c) <= 16 / 512 ? c / 16 : signedPow(c, 1.8)),
    toXyz: [
      [0.7977666449006423, 0.13518129740053308, 0.0313477341283922],
      [0.2880748288194013, 0.711835234241873, 0.00008993693872564],
      [0, 0, 0.8251046025104602],
    ],
    d50: true,
  },
  rec2020: {
    toLinear: (c) =>
      Math.abs(c) < REC2020_BETA * 4.5 ? c / 4.5 : Math.sign(c) * ((Math.abs(c) + REC2020_ALPHA - 1) / REC2020_ALPHA) ** (1 / 0.45),
    toXyz: [
      [0.6369580483012914, 0.14461690358620832, 0.1688809751641721],
      [0.2627002120112671, 0.6779980715188708, 0.05930171646986196],
      [0, 0.028072693049087428, 1.060985057710791],
    ],
  },
};

/** XYZ spaces of `color()`: `xyz` is computed as `xyz-d65`. */
const XYZ_SPACES: Record<string, { d50?: true }> = { xyz: {}, 'xyz-d65': {}, 'xyz-d50': { d50: true } };


function xyzToSrgb(xyz: Vec3, d50: boolean | undefined): Vec3 {
  return linearToSrgb(multiply(XYZ_D65_TO_LINEAR_SRGB, d50 ? multiply(D50_TO_D65, xyz) : xyz));
}

/** Linear sRGB, clipped to the gamut, to gamma-encoded 0-255 channels. */
export function linearToSrgb(linear: Vec3): Vec3 {
  return linear.map((c) => {
    const v = Math.min(1, Math.max(0, c));
    return (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055) * 255;
  }) as Vec3;
}

/** `color(<space> c1 c2 c3)` to sRGB 0-255; undefined for a space it does not know. */
export function colorFunctionToSrgb(space: string, channels: Vec3): Vec3 | undefined {
  if (Object.hasOwn(XYZ_SPACES, space)) return xyzToSrgb(channels, XYZ_SPACES[space]!.d50);
  if (!Object.hasOwn(RGB_SPACES, space)) return undefined;
  const { toLinear, toXyz, d50 } = RGB_SPACES[space]!;
  const linear = channels.map(toLinear) as Vec3;
  return toXyz ? xyzToSrgb(multiply(toXyz, linear), d50) : linearToSrgb(linear);
}

/** CIE Lab (D50; L 0-100) to sRGB 0-255. */
export function labToSrgb(L: number, a: number, b: number): Vec3 {
  const kappa = 24389 / 27;
  const epsilon = 216 / 24389;
  const fy = (L + 16) / 116;
  const fx = fy + a / 500;
  const fz = fy - b / 200;
  const inverse = (f: number) => (f ** 3 > epsilon ? f ** 3 : (116 * f - 16) / kappa);
  const y = L > kappa * epsilon ? fy ** 3 : L / kappa;
  return xyzToSrgb([inverse(fx) * D50_WHITE[0], y, inverse(fz) * D50_WHITE[2]], true);
}

/** Oklab to sRGB 0-255 (Björn Ottosson's matrices, as CSS Color 4 gives them). */
export function oklabToSrgb(L: number, a: number, b: number): Vec3 {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return linearToSrgb([
    4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s,
    -1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s,
    -0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s,
  ]);
}
