"use client";
import { useEffect } from "react";

/** Marks the page once React has hydrated it, so the test acts on a live page. */
export function Ready() {
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return null;
}
