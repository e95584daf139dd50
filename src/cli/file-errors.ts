const REASONS: Record<string, string> = {
  ENOENT: "no such file or directory",
  ENOTDIR: "a folder on the path is not a directory",
  EISDIR: "is a directory",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "read-only file system",
  ENOSPC: "no space left on the device",
  EDQUOT: "disk quota exceeded",
  EFBIG: "the file is too large for the file system",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links",
  EEXIST: "the file exists",
};

/** Returns a file system error as a short reason for one line of output (`permission denied`), never the raw message. */
export function fileErrorReason(error: unknown): string {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === "string" && Object.hasOwn(REASONS, code)) return REASONS[code]!;
  const message = error instanceof Error ? error.message : String(error);
  const fromMessage = /^(E[A-Z]+)\b/.exec(message)?.[1];
  if (fromMessage && Object.hasOwn(REASONS, fromMessage)) return REASONS[fromMessage]!;
  return typeof code === "string" ? code : message.split("\n")[0]!;
}
