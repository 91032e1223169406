/** The sizes `npm run icons` renders: the Linux icon set (hicolor) and the Windows .ico. */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
export const WINDOWS_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;
