import { plain } from "../candidates/plain.tsx";
import { install } from "../harness.tsx";

install(plain);
