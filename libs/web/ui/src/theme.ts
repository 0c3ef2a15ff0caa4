import { createTheme, type MantineColorsTuple } from '@mantine/core';

/** A deep, calm teal-blue: trustworthy without the corporate navy. Shade 8 keeps white text above 4.5:1. */
const ascend: MantineColorsTuple = [
  '#ecf6f8',
  '#d9eaee',
  '#aed4de',
  '#80bdcd',
  '#5ba9bf',
  '#449db6',
  '#3797b3',
  '#28839d',
  '#1b748c',
  '#00647b',
];

export const theme = createTheme({
  colors: { ascend },
  primaryColor: 'ascend',
  primaryShade: { light: 8, dark: 6 },
  // Text in a deep slate rather than pure black: softer on the eye, still far above contrast minimums.
  black: '#17252d',
  defaultRadius: 'md',
  headings: {
    fontFamily: '"Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Times New Roman", serif',
    fontWeight: '600',
  },
});
