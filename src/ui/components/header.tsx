/** The step's name, its number of the total, and which steps are complete (✓, not colour only). */
import {Box, Text} from 'ink';
import {memo} from 'react';
import {STEPS} from '../state/steps.js';
import {useTone} from '../theme.js';
import {terminalSafeLine as safe} from '../../io/terminal-text.js';
import stringWidth from 'string-width';
import {fitWidth} from '../text/text-layout.js';

export type HeaderProps = {step: number; complete: boolean[]; width: number; title: string};

function HeaderView({step, complete, width, title}: HeaderProps) {
  const tone = useTone();
  const current = STEPS[step]!;
  const names = width >= 140;
  // The step's own title is never cut for the role's: the role's title gives way first.
  const room = width - stringWidth(`${step + 1}/${STEPS.length} ${current.title} — `);
  const role = title && room >= 6 ? ` — ${fitWidth(safe(title), room).trimEnd()}` : '';
  return (
    <Box flexDirection="column" width={width}>
      <Text wrap="truncate-end" bold>
        <Text {...(tone('accent'))}>
          {step + 1}/{STEPS.length}
        </Text>{' '}
        {current.title}
        <Text dimColor>{role}</Text>
      </Text>
      <Text wrap="truncate-end">
        {STEPS.map((s, i) => {
          const mark = complete[i] ? '✓' : '·';
          const text = names ? `${i + 1}${mark} ${s.short}` : `${i + 1}${mark}`;
          return (
            <Text key={s.id}>
              {i === step ? (
                <Text inverse bold>
                  [{text}]
                </Text>
              ) : (
                <Text {...(complete[i] ? tone('ok') : {})} dimColor={!complete[i]}>
                  {' '}
                  {text}{' '}
                </Text>
              )}
            </Text>
          );
        })}
        <Text dimColor> ✓ complete</Text>
      </Text>
    </Box>
  );
}

export const Header = memo(
  HeaderView,
  (p, n) => p.step === n.step && p.width === n.width && p.title === n.title && p.complete.join() === n.complete.join(),
);
