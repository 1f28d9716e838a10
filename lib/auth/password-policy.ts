// Password policy for passwords people choose or are given (creation, administrator reset, own
// change). Length matters most; three character classes keep out the worst; the user name must
// not be in it. Messages are shown as they are.

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

/** What is wrong with `password` for `username` (empty when it is acceptable). */
export function passwordProblems(password: string, username: string): string[] {
  const problems: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) problems.push(`Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`);
  if (password.length > PASSWORD_MAX_LENGTH) problems.push(`Mật khẩu không được dài quá ${PASSWORD_MAX_LENGTH} ký tự.`);
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
  if (classes < 3) problems.push("Mật khẩu phải có ít nhất 3 trong 4 loại ký tự: chữ thường, chữ hoa, chữ số, ký tự đặc biệt.");
  const name = username.trim().toLowerCase();
  if (name.length >= 3 && password.toLowerCase().includes(name)) problems.push("Mật khẩu không được chứa tên đăng nhập.");
  return problems;
}
