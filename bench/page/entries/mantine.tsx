import "@mantine/core/styles.css";
import { mantine } from "../candidates/mantine.tsx";
import { install } from "../harness.tsx";

install(mantine);
