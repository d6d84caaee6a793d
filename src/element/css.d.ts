// The build (Vite) turns `?inline` stylesheet imports into their CSS text.
declare module "*.css?inline" {
  const cssText: string;
  export default cssText;
}
