import { Flex, Statistic } from 'antd';

type Count = { title: string; value: number; unit: string; testId: string };

/** The headline numbers of an import preview; each carries its value as data-count for tests to read. */
export const PlanCounts = ({ counts }: { counts: readonly Count[] }) => (
  <Flex gap={48}>
    {counts.map((c) => (
      <Statistic key={c.testId} title={c.title} value={c.value} suffix={c.unit} data-testid={c.testId} data-count={c.value} />
    ))}
  </Flex>
);
