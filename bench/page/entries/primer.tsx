import "@primer/react-brand/lib/css/main.css";
import { primer } from "../candidates/primer.tsx";
import { install } from "../harness.tsx";

install(primer);
