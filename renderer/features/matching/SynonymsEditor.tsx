import { Button, Flex, Select, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';

const SEPARATORS = ['，', ',', '、', ' '];

/**
 * Groups of words that mean the same (锂电池 ≈ 锂离子电池 ≈ 锂电). The
 * first word of a group is how a shared term is shown.
 */
export const SynonymsEditor = ({ value, onChange }: { value: string[][]; onChange: (groups: string[][]) => void }) => (
  <div data-testid="synonyms-editor">
    {value.length === 0 && <Typography.Paragraph type="secondary">尚未添加同义词组。</Typography.Paragraph>}
    {value.map((group, i) => (
      <Flex key={i} gap={8} style={{ marginBottom: 8 }}>
        <Select
          mode="tags"
          style={{ flex: 1 }}
          value={group}
          tokenSeparators={SEPARATORS}
          open={false}
          suffixIcon={null}
          placeholder="输入同义词，回车或逗号分隔"
          onChange={(words: string[]) => onChange(value.map((g, j) => (j === i ? words : g)))}
          data-testid="synonym-group"
        />
        <Button icon={<DeleteOutlined />} aria-label="删除同义词组" onClick={() => onChange(value.filter((_, j) => j !== i))} />
      </Flex>
    ))}
    <Button icon={<PlusOutlined />} type="dashed" onClick={() => onChange([...value, []])} data-testid="add-synonym-group">
      添加同义词组
    </Button>
  </div>
);
