import { Decide } from "./decide.jsx";

export default function Page() {
  return <Decide />;
}
