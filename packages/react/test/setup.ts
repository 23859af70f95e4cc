// Waits with room for a busy machine: the first send goes through a cold proxy and mock.
import { configure } from "@testing-library/react";

configure({ asyncUtilTimeout: 30_000 });
