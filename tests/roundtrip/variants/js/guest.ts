// Each export sends its variant, enum or list of them through the host and
// returns what came back.
import type { Check } from 'test:variants/variants';
import * as host from 'test:variants/host';
import type {
  BigEnum,
  BigVariant,
  Color,
  Complex,
  FullByte,
  FullByteVariant,
  Payload,
  Shape,
  SingleCase,
} from 'test:variants/types';

type Deep = Array<host.Result<Complex | undefined, Array<Shape>>>;

export const run = {
  roundtripShape: (v: Shape): Shape => host.echoShape(v),
  roundtripPayload: (v: Payload): Payload => host.echoPayload(v),
  roundtripComplex: (v: Complex): Complex => host.echoComplex(v),
  roundtripColor: (v: Color): Color => host.echoColor(v),
  roundtripSingleCase: (v: SingleCase): SingleCase => host.echoSingleCase(v),
  roundtripBigEnum: (v: BigEnum): BigEnum => host.echoBigEnum(v),
  roundtripBigVariant: (v: BigVariant): BigVariant => host.echoBigVariant(v),
  roundtripShapes: (v: Array<Shape>): Array<Shape> => host.echoShapes(v),
  roundtripColors: (v: Array<Color>): Array<Color> => host.echoColors(v),
  roundtripFullByte: (v: FullByte): FullByte => host.echoFullByte(v),
  roundtripFullByteVariant: (v: FullByteVariant): FullByteVariant =>
    host.echoFullByteVariant(v),
  roundtripDeep: (v: Deep): Deep => host.echoDeep(v),
};

type _ = Check<typeof import('./guest.js')>;
