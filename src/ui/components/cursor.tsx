/**
 * The text cursor: the character under it in inverse video; without colour (NO_COLOR,
 * FORCE_COLOR=0, TERM=dumb) the terminal gets no attributes at all, so a bar stands before it.
 */
import {Text} from 'ink';
import {useContext} from 'react';
import {ColorContext} from '../theme.js';

export function Cursor({under}: {under: string}) {
  const color = useContext(ColorContext);
  if (color) return <Text inverse>{under}</Text>;
  return <Text>{under === ' ' ? '|' : `|${under}`}</Text>;
}
