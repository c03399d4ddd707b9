import { InboxOutlined, DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Flex, Spin, Typography, Upload } from 'antd';

/** .xls and WPS .et are let through so that the organiser gets told how to convert them instead of a silently ignored drop. */
export const ACCEPTED_FILES = '.xlsx,.xlsm,.csv,.txt,.tsv,.xls,.et';

type Props = {
  /** What the table lists, in the drop zone's words: “参会人”, “约谈申请”. */
  label: string;
  reading: boolean;
  error?: string;
  onFile(file: File): void;
  onTemplate(): void;
};

/** Step ①: pick the file. Nothing is uploaded anywhere: the file is read here, on this laptop. */
export const FileStep = ({ label, reading, error, onFile, onTemplate }: Props) => (
  <Flex vertical gap={16}>
    <Spin spinning={reading} description="正在读取文件…">
      <Upload.Dragger
        accept={ACCEPTED_FILES}
        multiple={false}
        showUploadList={false}
        disabled={reading}
        beforeUpload={(file) => {
          onFile(file);
          // false: keep the file here, never send it to a server.
          return false;
        }}
        data-testid="import-file-input"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">点击或拖入{label}表格</p>
        <p className="ant-upload-hint">支持 Excel / WPS 的 .xlsx 文件和 .csv 文件（UTF-8 或 GBK 编码）；表格上方的标题行可以保留</p>
      </Upload.Dragger>
    </Spin>
    {error && <Alert type="error" showIcon title={error} data-testid="import-file-error" />}
    <Typography.Text type="secondary">
      没有现成的表格？
      <Button type="link" size="small" icon={<DownloadOutlined />} onClick={onTemplate} data-testid="import-template">
        下载导入模板
      </Button>
    </Typography.Text>
  </Flex>
);
